/** Offer a blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offer text as a file download (UTF-8). */
export function downloadText(text: string, fileName: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** A file name from a title: lower case, letters, digits and dashes. */
export function fileNameOf(title: string): string {
	return (
		title
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 80) || 'export'
	);
}

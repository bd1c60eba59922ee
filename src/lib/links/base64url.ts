/**
 * Text as base64url (RFC 4648 §5, no padding), UTF-8 underneath: safe in a query string without
 * escaping, and the same bytes in every browser.
 *
 * @example toBase64Url('€') // '4oKs'
 */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text back from base64url; throws on anything that is not base64url of valid UTF-8. */
export function fromBase64Url(code: string): string {
	if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) throw new Error('geen base64url');
	const binary = atob(
		code
			.replace(/-/g, '+')
			.replace(/_/g, '/')
			.padEnd(Math.ceil(code.length / 4) * 4, '=')
	);
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

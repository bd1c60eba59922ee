/**
 * A text broken over lines no wider than `maxWidth`, at spaces (a no-break space holds, as in
 * "10.000 kinderen"); a word wider than a line is broken inside. `measure` gives a text's
 * width in the unit of `maxWidth`. With `maxLines`, text that does not fit ends in "…" on the
 * last line.
 *
 * @example wrapText('Netto per jaar', 60, (s) => s.length * 10) // ['Netto', 'per jaar']
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number, maxLines = Infinity): string[] {
	const words = text.split(/[ \t\r\n]+/).filter((w) => w !== '');
	const lines: string[] = [];
	let line = '';
	for (let word of words) {
		const joined = line ? `${line} ${word}` : word;
		if (measure(joined) <= maxWidth) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		while (measure(word) > maxWidth && word.length > 1) {
			let cut = word.length - 1;
			while (cut > 1 && measure(word.slice(0, cut)) > maxWidth) cut--;
			lines.push(word.slice(0, cut));
			word = word.slice(cut);
		}
		line = word;
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, Math.max(1, maxLines));
	let last = kept.at(-1)!;
	while (last.length > 0 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
	kept[kept.length - 1] = `${last.trimEnd()}…`;
	return kept;
}

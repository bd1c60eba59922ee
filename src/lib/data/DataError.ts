/** Where in an input a problem sits: file, and where known the row (line) and column/field. */
export interface DataErrorPlace {
	file: string;
	row?: number;
	column?: string;
}

/**
 * Bad input, told in Dutch and naming the place: `maatregelen.csv regel 4, kolom 2024: ongeldig
 * bedrag "abc"`. Thrown by every parser at the edge; nothing downstream re-checks.
 */
export class DataError extends Error {
	readonly place: DataErrorPlace;
	readonly value: string | undefined;

	constructor(place: DataErrorPlace, problem: string, value?: string) {
		const where = [place.file, place.row !== undefined ? `regel ${place.row}` : '']
			.filter(Boolean)
			.join(' ');
		const field = place.column !== undefined ? `, ${place.column}` : '';
		const shown = value !== undefined ? ` "${truncate(value)}"` : '';
		super(`${where}${field}: ${problem}${shown}`);
		this.name = 'DataError';
		this.place = place;
		this.value = value;
	}
}

function truncate(value: string): string {
	return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

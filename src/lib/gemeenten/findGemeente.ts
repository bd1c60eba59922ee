import Papa from 'papaparse';
import { DataError } from '../data/DataError';
import type { BundledGemeente } from './buildGemeenten';

const FILE = 'gemeenten.csv';

/** Read data/gemeenten.csv: code, naam, inwoners, jongeren; every row checked. */
export function readBundledGemeenten(text: string): BundledGemeente[] {
	const { data, meta } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
	for (const field of ['code', 'naam', 'inwoners', 'jongeren'])
		if (!meta.fields?.includes(field)) throw new DataError({ file: FILE, row: 1 }, 'kolom ontbreekt', field);
	return data.map((row, i) => {
		const place = (column: string) => ({ file: FILE, row: i + 2, column });
		if (!/^GM\d{4}$/.test(row.code!)) throw new DataError(place('code'), 'geen gemeentecode (GM0363)', row.code);
		const count = (column: 'inwoners' | 'jongeren') => {
			const n = Number(row[column]);
			if (!Number.isInteger(n) || n <= 0) throw new DataError(place(column), 'geen positief geheel getal', row[column]);
			return n;
		};
		const gemeente = { code: row.code!, naam: row.naam!.trim(), inwoners: count('inwoners'), jongeren: count('jongeren') };
		if (gemeente.jongeren > gemeente.inwoners) throw new DataError(place('jongeren'), 'meer jongeren dan inwoners', row.jongeren);
		return gemeente;
	});
}

/** Lowercase, without accents, apostrophes, " (gemeente)" or extra spaces: how a name is looked up. */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘`]/g, "'")
		.toLowerCase()
		.replace(/\s*\(gemeente\)\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A gemeente by its code (GM0363, gm363) or its name as CBS writes it, ignoring case, accents and
 * a suffix " (gemeente)"; null when none matches.
 *
 * @example findGemeente(list, 'sudwest-fryslan')?.code // 'GM1900'
 */
export function findGemeente(list: readonly BundledGemeente[], query: string): BundledGemeente | null {
	const code = /^\s*gm\s*(\d{1,4})\s*$/i.exec(query);
	if (code) return list.find((g) => g.code === `GM${code[1]!.padStart(4, '0')}`) ?? null;
	const key = nameKey(query);
	return list.find((g) => nameKey(g.naam) === key) ?? null;
}

/**
 * The gemeenten whose name contains what was typed (ignoring case and accents), those that start
 * with it first; a code finds its gemeente too.
 */
export function searchGemeenten(list: readonly BundledGemeente[], typed: string, limit = 12): BundledGemeente[] {
	const key = nameKey(typed);
	if (key === '') return list.slice(0, limit);
	const byCode = findGemeente(list, typed);
	const starts = list.filter((g) => nameKey(g.naam).startsWith(key));
	const contains = list.filter((g) => !nameKey(g.naam).startsWith(key) && nameKey(g.naam).includes(key));
	return [...new Set([...(byCode ? [byCode] : []), ...starts, ...contains])].slice(0, limit);
}

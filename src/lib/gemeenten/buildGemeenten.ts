import Papa from 'papaparse';

/** One gemeente as bundled in data/gemeenten.csv. */
export interface BundledGemeente {
	/** CBS gemeentecode, GM0363 style. */
	code: string;
	/** The name as CBS writes it in 70072ned, without the suffix " (gemeente)". */
	naam: string;
	inwoners: number;
	/** Jongeren 0 tot 20 jaar (0–19): the four youngest age groups of 70072ned added up. */
	jongeren: number;
}

/** The youngest four age groups of 70072ned: together 0 tot 20 jaar. */
const YOUTH_GROUPS = ['Jonger dan 5 jaar (aantal)', '5 tot 10 jaar (aantal)', '10 tot 15 jaar (aantal)', '15 tot 20 jaar (aantal)'];
const TOTAL = 'Totale bevolking (aantal)';

const rowsOf = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true }).data;
/** The column whose header ends in `last` (StatLine joins its levels with "/"). */
const column = (row: Record<string, string>, last: string) => {
	const key = Object.keys(row).find((k) => k.split('/').at(-1) === last);
	if (key === undefined) throw new Error(`kolom "${last}" ontbreekt`);
	return key;
};
/** "'s-Gravenhage (gemeente)" and "'s-Gravenhage" are one gemeente. */
const joinName = (name: string) => name.trim().replace(/ \(gemeente\)$/, '');

/**
 * The bundled table of gemeenten from the two CBS StatLine downloads: names, inwoners and age
 * groups from 70072ned (1 januari 2025), codes from Kerncijfers wijken en buurten 2024 (85984NED),
 * joined on the name. Throws unless every gemeente of 2025 finds its code, and returns the
 * Nederland row of 70072ned beside them.
 *
 * @example buildGemeenten(kerncijfers, wijken).gemeenten.length // 342
 */
export function buildGemeenten(
	kerncijfers: string,
	wijkenEnBuurten: string
): { gemeenten: BundledGemeente[]; nederland: { inwoners: number; jongeren: number } } {
	const people = rowsOf(kerncijfers);
	const first = people[0]!;
	const regio = column(first, "Regio's");
	const total = column(first, TOTAL);
	const groups = YOUTH_GROUPS.map((g) => column(first, g));
	const count = (row: Record<string, string>, key: string) => Number(row[key]);

	const codes = new Map<string, string>();
	const wijken = rowsOf(wijkenEnBuurten);
	const kind = column(wijken[0]!, 'Soort regio (omschrijving)');
	const name = column(wijken[0]!, 'Gemeentenaam (naam)');
	const code = column(wijken[0]!, 'Codering (code)');
	for (const row of wijken) if (row[kind]!.trim() === 'Gemeente') codes.set(joinName(row[name]!), row[code]!.trim());

	let nederland: { inwoners: number; jongeren: number } | null = null;
	const gemeenten: BundledGemeente[] = [];
	const unmatched: string[] = [];
	for (const row of people) {
		// former gemeenten are listed with every figure empty
		if (row[total]!.trim() === '') continue;
		const figures = { inwoners: count(row, total), jongeren: groups.reduce((sum, g) => sum + count(row, g), 0) };
		const naam = joinName(row[regio]!);
		if (naam === 'Nederland') {
			nederland = figures;
			continue;
		}
		const gm = codes.get(naam);
		if (gm === undefined) unmatched.push(naam);
		else gemeenten.push({ code: gm, naam, ...figures });
	}
	if (!nederland) throw new Error('de rij Nederland ontbreekt in 70072ned');
	if (unmatched.length > 0) throw new Error(`geen gemeentecode voor ${unmatched.join(', ')}`);
	if (gemeenten.length !== codes.size) throw new Error(`${gemeenten.length} gemeenten met cijfers, ${codes.size} met een code`);
	return { gemeenten: gemeenten.sort((a, b) => a.naam.localeCompare(b.naam, 'nl')), nederland };
}

/** The table as data/gemeenten.csv holds it. */
export function gemeentenCsv(gemeenten: readonly BundledGemeente[]): string {
	return (
		Papa.unparse(
			{ fields: ['code', 'naam', 'inwoners', 'jongeren'], data: gemeenten.map((g) => [g.code, g.naam, g.inwoners, g.jongeren]) },
			{ newline: '\n' }
		) + '\n'
	);
}

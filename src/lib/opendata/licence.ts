/**
 * The licences: the code is MIT (LICENSE), the data and every export of it CC BY 4.0, as CBS
 * publishes its figures. One place, so the footer, the README and each export say the same.
 */
export const LICENCE = {
	data: 'CC BY 4.0',
	dataUrl: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
	code: 'MIT',
	attribution: 'Hervormingsagenda Jeugd – financiële scenariosimulator'
} as const;

/**
 * The licence in one line, as exports carry it (the last line of a CSV, the foot of an image).
 *
 * @example LICENCE_LINE // 'Licentie: data CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl), naamsvermelding …'
 */
export const LICENCE_LINE = `Licentie: data ${LICENCE.data} (${LICENCE.dataUrl}), naamsvermelding ‘${LICENCE.attribution}’ met de bron per bedrag; code ${LICENCE.code}.`;

/** The licence as a JSON export carries it. */
export function licenceJson(): { data: string; url: string; attribution: string; code: string } {
	return { data: LICENCE.data, url: LICENCE.dataUrl, attribution: LICENCE.attribution, code: LICENCE.code };
}

/**
 * The words of the app that need a word of explanation, each in one or two plain sentences: the
 * glossary page lists them all, and a Term links each use to its entry.
 */
/** The anchors on /begrippen: a Term can only link to one of these (checked by the type). */
export type TermId =
	| 'richtbedrag'
	| 'besparing'
	| 'invoeringskosten'
	| 'netto'
	| 'tabel-1'
	| 'pm'
	| 'constante-prijzen'
	| 'extrapolatie'
	| 'trekkingen'
	| 'seed'
	| 'mediaan'
	| 'p10-p90'
	| 'set-van-onzekerheid'
	| 'uitvoeringstempo'
	| 'tornado'
	| 'eigen-kopie'
	| 'gekalibreerd'
	| 'aanname';

export interface GlossaryTerm {
	/** The anchor on /begrippen. */
	id: TermId;
	term: string;
	explanation: string;
}

export const TERMS: readonly GlossaryTerm[] = [
	{
		id: 'richtbedrag',
		term: 'Richtbedrag',
		explanation:
			'De besparing per jaar waarover Rijk en VNG het in Tabel 1 eens werden, als som van de bedragen per maatregel: €\u00a01.018\u00a0mln vanaf 2027 (het gedrukte totaal ligt door afronding €\u00a01\u00a0mln lager). Een scenario wordt ertegen afgezet: haalt het dat bedrag, of niet?'
	},
	{
		id: 'besparing',
		term: 'Besparing',
		explanation: 'Wat een maatregel per jaar minder aan jeugdhulp laat uitgeven. Positief in elke tabel en export.'
	},
	{
		id: 'invoeringskosten',
		term: 'Invoeringskosten',
		explanation:
			'Wat het kost om een maatregel in te voeren, zoals het afbouwen van plekken of een voorinvestering. In elke tabel, grafiek en export met een minteken (−), omdat ze van de besparing afgaan.'
	},
	{
		id: 'netto',
		term: 'Netto',
		explanation: 'Besparingen min invoeringskosten in een jaar. Cumulatief netto telt dat op vanaf 2022.'
	},
	{
		id: 'tabel-1',
		term: 'Tabel 1 en Tabel 2',
		explanation:
			'De twee tabellen van de Commissie van Wijzen (2021). Tabel 1 bevat de maatregelen waarover Rijk en VNG het eens zijn; Tabel 2 de maatregelen met de bedragen van het Rijk, waarover geen overeenstemming is.'
	},
	{
		id: 'pm',
		term: 'PM',
		explanation:
			'Pro memorie: de maatregel hoort erbij, maar er staat (nog) geen bedrag bij. Een PM telt niet mee in de sommen; de app rekent er nooit stilzwijgend een bedrag voor.'
	},
	{
		id: 'constante-prijzen',
		term: 'Constante prijzen',
		explanation: 'Alle bedragen zijn in € mln van één prijspeil, zonder loon- en prijsstijging en zonder groei van het aantal jongeren.'
	},
	{
		id: 'extrapolatie',
		term: 'Extrapolatie',
		explanation:
			'Na 2028 hebben de tabellen geen bedragen meer. Een gedrukte reeks blijft dan op het niveau van 2028; een verschoven of oplopende reeks loopt door.'
	},
	{
		id: 'trekkingen',
		term: 'Trekkingen',
		explanation:
			'Bij de onzekerheid rekent de app het scenario vele keren door, elke keer met andere waarden voor de onzekere invoeren, getrokken uit hun verdeling. Eén zo’n doorrekening is een trekking.'
	},
	{
		id: 'seed',
		term: 'Seed',
		explanation:
			'Het startgetal van de toevalsgetallen. Dezelfde seed geeft op elke computer precies dezelfde trekkingen; een andere seed laat zien hoeveel de uitkomst door toeval beweegt.'
	},
	{
		id: 'mediaan',
		term: 'Mediaan',
		explanation: 'De middelste uitkomst van alle trekkingen: de helft ligt lager, de helft hoger.'
	},
	{
		id: 'p10-p90',
		term: 'P10–P90 en P5–P95',
		explanation: 'De band waarbinnen 80 % (P10 tot P90) of 90 % (P5 tot P95) van de trekkingen valt. P10 is de waarde waar 10 % van de uitkomsten onder ligt.'
	},
	{
		id: 'set-van-onzekerheid',
		term: 'Set van onzekerheid',
		explanation:
			'Welke standaardverdelingen de trekkingen gebruiken: ‘Zoals de tabel’ (alleen de bereiken die de bronnen zelf noemen) of ‘Met de twijfels van de werkgroepen’.'
	},
	{
		id: 'uitvoeringstempo',
		term: 'Gedeeld uitvoeringstempo',
		explanation: 'Vertraging bij de ene maatregel gaat vaak samen met vertraging bij de andere. De samenhang zegt in welk deel van de trekkingen dat zo is.'
	},
	{
		id: 'tornado',
		term: 'Tornado',
		explanation: 'Een grafiek die per onzekere invoer laat zien hoeveel de uitkomst beweegt als alleen die invoer van laag (P10) naar hoog (P90) gaat.'
	},
	{
		id: 'eigen-kopie',
		term: 'Eigen kopie',
		explanation:
			'De vaste scenario’s veranderen nooit. Wie een waarde wijzigt, werkt verder in een eigen kopie (“… · eigen”), die deze browser bewaart en die u kunt exporteren of als link delen.'
	},
	{
		id: 'gekalibreerd',
		term: 'Gekalibreerd',
		explanation:
			'Een aanname die zo is gekozen dat de berekening precies het bedrag van de tabel geeft. Ze zegt dus niets nieuws, maar laat zien hoe het bedrag kan ontstaan.'
	},
	{
		id: 'aanname',
		term: 'Bron, tabel en aanname',
		explanation: 'Bij elke waarde staat waar hij vandaan komt: een bronregel (document en regel), de tabel zelf, of een aanname van ons, met de reden erbij.'
	}
];

/** A term by id; throws on an unknown id. */
export function termOf(id: string): GlossaryTerm {
	const term = TERMS.find((t) => t.id === id);
	if (!term) throw new Error(`onbekend begrip "${id}"`);
	return term;
}

import text from '/data/gemeenten.csv?raw';
import { readBundledGemeenten } from './findGemeente';

/**
 * The 342 gemeenten of data/gemeenten.csv (CBS 70072ned, 1 januari 2025), in a chunk of their
 * own: a page imports this module when someone looks for a gemeente, not before.
 */
export const gemeenten = readBundledGemeenten(text);

/** Where the bundled figures come from, as the page and the exports say it. */
export const GEMEENTEN_SOURCE = 'CBS StatLine 70072ned, bevolking op 1 januari 2025 (CC BY 4.0); gemeentecodes uit 85984NED';

// Builds data/gemeenten.csv from the two CBS StatLine downloads in ../shared/data/cbs (CC BY 4.0).
// Run after a new download: npx tsx scripts/buildGemeenten.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGemeenten, gemeentenCsv } from '../src/lib/gemeenten/buildGemeenten';

const CBS = resolve(import.meta.dirname, '../../shared/data/cbs');
const { gemeenten, nederland } = buildGemeenten(
	readFileSync(resolve(CBS, '70072ned-2025-gemeenten-leeftijd.csv'), 'utf8'),
	readFileSync(resolve(CBS, '85984ned-kwb-2024-inwoners-leeftijd.csv'), 'utf8')
);
writeFileSync(resolve(import.meta.dirname, '../data/gemeenten.csv'), gemeentenCsv(gemeenten));
console.log(`${gemeenten.length} gemeenten; Nederland ${nederland.inwoners} inwoners, ${nederland.jongeren} jongeren (0 tot 20 jaar)`);

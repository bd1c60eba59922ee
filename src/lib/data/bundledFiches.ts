import { dataset } from './bundled';
import { loadFiches, type FicheFiles } from './loadFiches';

// The fiche check loads with the pages that show it, not with the first page.
const files = import.meta.glob('/data/fiches/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The bundled, validated fiche check (data/fiches/). */
export const fiches = loadFiches(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text])) as unknown as FicheFiles, dataset);

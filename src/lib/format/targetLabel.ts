import { DEFAULT_TARGET, type Dataset } from '../engine';

/**
 * How a target is named in legends, tables and sentences: "Richtbedrag (Tabel 1)" for the
 * Commissie van Wijzen's, "Doel HA 2023" and so on for the others.
 *
 * @example targetLabel(dataset, 'ha-2023') // 'Doel HA 2023'
 */
export function targetLabel(dataset: Dataset, id: string): string {
	if (id === DEFAULT_TARGET) return 'Richtbedrag (Tabel 1)';
	const target = dataset.targets.find((t) => t.id === id);
	return target ? `Doel ${target.short}` : id;
}

/**
 * A target in a sentence: "het richtbedrag" for Tabel 1, "het doel ‘HA 2023’" for the others.
 *
 * @example targetPhrase(dataset, 'ha-2023') // 'het doel ‘HA 2023’'
 */
export function targetPhrase(dataset: Dataset, id: string): string {
	if (id === DEFAULT_TARGET) return 'het richtbedrag';
	const target = dataset.targets.find((t) => t.id === id);
	return target ? `het doel ‘${target.short}’` : id;
}

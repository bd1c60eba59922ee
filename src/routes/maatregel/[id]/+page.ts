import { error } from '@sveltejs/kit';
import { dataset } from '$lib/data/bundled';
import type { EntryGenerator, PageLoad } from './$types';

/** One page per measure that has a mechanism. */
export const entries: EntryGenerator = () => Object.keys(dataset.mechanisms).map((id) => ({ id }));

export const load: PageLoad = ({ params }) => {
	const maatregel = dataset.measures.find((m) => m.id === params.id);
	const mechanism = maatregel ? dataset.mechanisms[maatregel.id] : undefined;
	if (!maatregel || !mechanism) error(404, `Geen uitgewerkte maatregel "${params.id}"`);
	return { id: maatregel.id };
};

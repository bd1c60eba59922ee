/**
 * A request as one text, the same for the same content whatever the order of its keys and
 * without its `id`: what the worker keeps its answers under.
 * @example requestKey({ id: 3, b: 1, a: [2, { d: 1, c: 0 }] }) // '{"a":[2,{"c":0,"d":1}],"b":1}'
 */
export function requestKey(request: object): string {
	const { id: _, ...content } = request as { id?: unknown };
	return JSON.stringify(content, (_key, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: value
	);
}

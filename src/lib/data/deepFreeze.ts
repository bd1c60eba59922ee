/**
 * Freezes an object and every array and object inside it (also inside parts frozen already), so
 * that no page or run can change the data another one reads. The data has no cycles.
 *
 * @example deepFreeze({ a: [1] }).a.push(2) // TypeError: the array is frozen
 */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object') {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

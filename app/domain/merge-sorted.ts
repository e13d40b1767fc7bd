/**
 * Two lists, each already in order, as one list in that order: what sorting them together
 * gives, without sorting again what is already sorted. On a tie the first list's item comes
 * first, as a stable sort of the first list followed by the second would put it.
 */
export function mergeSorted<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): T[] {
	const merged: T[] = []
	let i = 0
	let j = 0
	while (i < first.length && j < second.length)
		merged.push(compare(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!)
	while (i < first.length) merged.push(first[i++]!)
	while (j < second.length) merged.push(second[j++]!)
	return merged
}

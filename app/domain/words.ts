/** "1 day", "3 days": a count with its noun, for nouns that take an "s". */
export function countOf(n: number, noun: string): string {
	return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** "row 5", "rows 2 and 4", "rows 2, 4 and 7": where a unit is used, as a sentence says it. */
export function describeRows(rows: number[]): string {
	if (rows.length === 1) return `row ${rows[0]}`
	const shown = rows.slice(0, 10)
	const more = rows.length - shown.length
	if (more > 0) return `rows ${shown.join(', ')} and ${more} more`
	return `rows ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

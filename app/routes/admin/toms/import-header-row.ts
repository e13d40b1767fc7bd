import { HEADER_SEARCH_ROWS } from '#app/domain/toms/spreadsheet-rows.ts'

// Where a file's header row was is told when the file is read, and again once it is imported.
// Nothing else keeps it, so it travels with the preview's address; a made-up value outside the
// rows searched for a header is ignored.

const HEADER_ROW_PARAM = 'headerRow'

/** The preview address's query: empty when the header was the first row. */
export function previewSearch(headerRow: number): string {
	return headerRow > 1 && headerRow <= HEADER_SEARCH_ROWS ? `?${HEADER_ROW_PARAM}=${headerRow}` : ''
}

/** The header row a preview address tells, or 1 (the first row) for anything else. */
export function headerRowOf(url: URL): number {
	const headerRow = Number(url.searchParams.get(HEADER_ROW_PARAM))
	return Number.isInteger(headerRow) && headerRow > 1 && headerRow <= HEADER_SEARCH_ROWS ? headerRow : 1
}

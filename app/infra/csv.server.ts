import { stringify } from 'csv-stringify/sync'

/**
 * The portal's CSV, as every download writes it: records end in CRLF, and a cell holding a
 * comma, a quote or a line break is quoted, with its quotes doubled, so a narrative written
 * over several lines stays in one cell. csv-stringify quotes only the record delimiter's
 * CRLF, so a lone CR or LF is named too. With `bom`, a byte order mark comes first, so Excel
 * on Windows reads £, accents and ‘quotes’ correctly.
 */
export function csvText(rows: string[][], { bom = false }: { bom?: boolean } = {}): string {
	return stringify(rows, { bom, record_delimiter: 'windows', quoted_match: /[\r\n]/ })
}

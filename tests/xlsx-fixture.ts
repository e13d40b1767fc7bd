import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node'

// Shared by the unit tests (tests/) and the browser journeys (e2e/).

/** A cell holding a formula, such as `16.93*1.038`, with the value Excel worked out for it. */
export type FormulaCell = { formula: string; value: number }

function isFormula(cell: unknown): cell is FormulaCell {
	return typeof cell === 'object' && cell !== null && 'formula' in cell
}

/**
 * A one-sheet .xlsx file as Excel saves it: each formula cell keeps its formula and the value
 * it gave when last worked out. write-excel-file writes the formula alone (Excel works it out
 * on opening), so the values are put into the sheet afterwards.
 */
export async function xlsxWithFormulas(rows: Array<Array<string | number | null | FormulaCell>>): Promise<Uint8Array> {
	const data = rows.map((row) =>
		row.map((cell): Cell => (isFormula(cell) ? { type: 'Formula', value: cell.formula } : cell)),
	) as SheetData
	const files = unzipSync(new Uint8Array(await writeXlsxFile(data).toBuffer()))
	let sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
	for (const cell of rows.flat().filter(isFormula)) {
		sheet = sheet.replace(`<f>${cell.formula}</f></c>`, `<f>${cell.formula}</f><v>${cell.value}</v></c>`)
	}
	files['xl/worksheets/sheet1.xml'] = strToU8(sheet)
	return zipSync(files)
}

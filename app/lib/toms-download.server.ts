import type { EditionContent } from '#app/domain/toms/content.ts'
import { type ExportFormat, fileDownload, safeFileName } from '#app/infra/table-export.server.ts'
import { loadEditionTree, toContent } from './toms-queries.server.ts'
import { contentToCsv, contentToXlsx } from './toms-spreadsheet.server.ts'
import { listUnits } from './units.server.ts'

/** A spreadsheet of a framework's measures in the council's units, in the layout import reads, sent as a download. */
export async function spreadsheetResponse(
	councilId: number,
	content: EditionContent,
	baseName: string,
	format: ExportFormat,
) {
	const units = listUnits(councilId)
	const body = format === 'csv' ? contentToCsv(content, units) : new Uint8Array(await contentToXlsx(content, units))
	return fileDownload(format, safeFileName(baseName, 'toms'), body)
}

/** An edition's measures as a spreadsheet, named for the edition. */
export function editionDownload(edition: { id: number; councilId: number; name: string }, format: ExportFormat) {
	return spreadsheetResponse(edition.councilId, toContent(loadEditionTree(edition.id)), `toms-${edition.name}`, format)
}

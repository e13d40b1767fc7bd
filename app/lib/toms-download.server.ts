import { contentToCsv, contentToXlsx } from './toms-spreadsheet.server.ts'
import type { EditionContent } from '#app/domain/toms/content.ts'

const types = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

export function isDownloadFormat(format: string | undefined): format is keyof typeof types {
	return format === 'csv' || format === 'xlsx'
}

function fileSafe(name: string) {
	return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'toms'
}

/** A spreadsheet of an edition's measures, sent as a download. */
export async function spreadsheetResponse(content: EditionContent, baseName: string, format: keyof typeof types) {
	const body = format === 'csv' ? contentToCsv(content) : new Uint8Array(await contentToXlsx(content))
	return new Response(body, {
		headers: {
			'Content-Type': types[format],
			'Content-Disposition': `attachment; filename="${fileSafe(baseName)}.${format}"`,
			'Cache-Control': 'no-store',
		},
	})
}

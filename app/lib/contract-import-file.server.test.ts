import { describe, expect, test } from 'vitest'
import { csvText } from '#app/infra/csv.server.ts'
import { CONTRACT_COLUMNS, IMPORT_SHEETS } from '#app/domain/contracts/import/layout.ts'
import { importWorkbook, sampleImport } from '#tests/contract-import-fixture.ts'
import {
	importTemplateCsv,
	importTemplateWorkbook,
	readImportCsvFiles,
	readImportWorkbook,
	templateSheetOf,
} from './contract-import-file.server.ts'

const terms = { editionName: 'E', managerEmail: 'm@x.example', hoursCode: 'H', textCode: 'T', prefix: 'F' }
const file = sampleImport(terms, { name: 'Known', registrationNumber: '01234567' })

describe('reading a contracts import file', () => {
	test('a workbook gives its sheets by name, dates as dates and numbers as text', async () => {
		const read = await readImportWorkbook(await importWorkbook(file))
		if (!read.ok) throw new Error('expected the workbook to be read')
		expect(Object.keys(read.sheets)).toEqual(['Contracts', 'Commitments', 'Milestones', 'Delivery'])
		expect(read.sheets.Contracts![1]!.slice(8, 11)).toEqual(['250000', new Date(Date.UTC(2025, 3, 1)), '31/03/2027'])
	})

	test('CSV files, one per sheet, give the same rows as text', async () => {
		const csv = (rows: unknown[][]) =>
			new TextEncoder().encode(
				csvText(
					rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
					{ bom: true },
				),
			)
		const read = await readImportCsvFiles({
			Contracts: csv(file.Contracts!.map((row) => row.map((cell) => (cell instanceof Date ? '01/04/2025' : cell)))),
			Commitments: csv(file.Commitments!),
			Milestones: csv(file.Milestones!),
		})
		if (!read.ok) throw new Error('expected the files to be read')
		expect(Object.keys(read.sheets)).toEqual(['Contracts', 'Commitments', 'Milestones'])
		expect(read.sheets.Contracts![0]).toEqual(CONTRACT_COLUMNS.map((c) => c.header))
		expect(read.sheets.Contracts![1]!.slice(8, 10)).toEqual(['250000', '01/04/2025'])
	})

	test('a file that is not a workbook is refused with what to do', async () => {
		expect(await readImportWorkbook(new TextEncoder().encode('a,b\n1,2'))).toMatchObject({
			ok: false,
			problems: [{ message: expect.stringContaining('must be an Excel workbook (.xlsx)') }],
		})
		expect(await readImportWorkbook(new Uint8Array())).toMatchObject({
			ok: false,
			problems: [{ message: 'The file is empty' }],
		})
	})

	test('the template holds every sheet with its headings and one example row, as a workbook and as CSV', async () => {
		const read = await readImportWorkbook(new Uint8Array(await importTemplateWorkbook()))
		if (!read.ok) throw new Error('expected the template to be read')
		for (const sheet of IMPORT_SHEETS) expect(read.sheets[sheet]).toHaveLength(2)
		expect(read.sheets.Contracts![1]![9]).toEqual(new Date(Date.UTC(2025, 3, 1)))
		expect(templateSheetOf('milestones-csv')).toBe('Milestones')
		expect(templateSheetOf('nonsense')).toBeNull()
		expect(importTemplateCsv('Milestones')).toBe(
			'\uFEFFContract reference,Measure code,Milestone date,Running total by then\r\nCON-2025-014,NT1,31/03/2028,12\r\n',
		)
	})
})

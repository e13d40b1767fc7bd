import writeXlsxFile, { type SheetData } from 'write-excel-file/node'
import {
	COMMITMENT_COLUMNS,
	CONTRACT_COLUMNS,
	DELIVERY_COLUMNS,
	MILESTONE_COLUMNS,
	type ImportSheet,
} from '#app/domain/contracts/import/layout.ts'

// Shared by the unit tests (tests/) and the browser journeys (e2e/): contracts import files.

export type ImportCell = string | number | Date | null
export type ImportFile = Partial<Record<ImportSheet, ImportCell[][]>>

const headers = (columns: readonly { header: string }[]) => columns.map((column) => column.header)

/** A workbook with these sheets, as Excel saves one: dates as real dates, numbers as numbers. */
export async function importWorkbook(file: ImportFile): Promise<Uint8Array> {
	const sheets = Object.entries(file) as Array<[ImportSheet, ImportCell[][]]>
	const buffer = await writeXlsxFile(
		sheets.map(([sheet, rows]) => ({
			sheet,
			data: rows.map((row) =>
				row.map((value) =>
					value === null || value === ''
						? null
						: value instanceof Date
							? { value, type: Date, format: 'dd/mm/yyyy' }
							: { value },
				),
			) as SheetData,
		})),
	).toBuffer()
	return new Uint8Array(buffer)
}

type Terms = { editionName: string; managerEmail: string; hoursCode: string; textCode: string; prefix: string }

/**
 * Two contracts of a new supplier, and one of a supplier already known by its number: each
 * with an hours commitment (milestones at each year's end) and one in words, and a year of
 * half-yearly delivery approved. Contracts run 1 April 2025 to 31 March 2027.
 */
export function sampleImport(terms: Terms, known: { name: string; registrationNumber: string }): ImportFile {
	const { prefix } = terms
	const contract = (n: number, supplier: [string, string, string, string]) => [
		`${prefix}-${n}`,
		`${prefix} contract ${n}`,
		supplier[0],
		supplier[1],
		'SME',
		supplier[2],
		supplier[3],
		terms.managerEmail,
		250000,
		new Date(Date.UTC(2025, 3, 1)),
		'31/03/2027',
		'Half-yearly',
		'No',
		terms.editionName,
	]
	const slug = prefix.toLowerCase()
	const fresh: [string, string, string, string] = [
		`${prefix} Fresh Ltd`,
		'',
		'Ada Lovelace',
		`ada@${slug}-fresh.example`,
	]
	const commitments = (n: number) => [
		[`${prefix}-${n}`, terms.hoursCode, 200, '', 'Jo', 'Lead', 'jo@supplier.example', 'Volunteers at the library'],
		[`${prefix}-${n}`, terms.textCode, '', 'A reading club every month', 'Jo', 'Lead', 'jo@supplier.example', 'Club'],
	]
	const milestones = (n: number) => [
		[`${prefix}-${n}`, terms.hoursCode, '31/03/2026', 100],
		[`${prefix}-${n}`, terms.hoursCode, '31/03/2027', 200],
	]
	const delivery = (n: number) => [
		[`${prefix}-${n}`, terms.hoursCode, '01/04/2025', 40, 'Yes', '14/11/2025'],
		[`${prefix}-${n}`, terms.textCode, '01/04/2025', 'Club ran twice', 'Yes', '14/11/2025'],
		[`${prefix}-${n}`, terms.hoursCode, '01/10/2025', 55.5, 'Yes', '12/05/2026'],
	]
	return {
		Contracts: [
			headers(CONTRACT_COLUMNS),
			contract(1, fresh),
			contract(2, fresh),
			contract(3, [known.name, known.registrationNumber, '', '']),
		],
		Commitments: [headers(COMMITMENT_COLUMNS), ...[1, 2, 3].flatMap(commitments)],
		Milestones: [headers(MILESTONE_COLUMNS), ...[1, 2, 3].flatMap(milestones)],
		Delivery: [headers(DELIVERY_COLUMNS), ...[1, 2, 3].flatMap(delivery)],
	}
}

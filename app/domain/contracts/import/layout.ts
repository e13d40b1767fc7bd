/**
 * The contracts import workbook (docs/contracts-import-format.md): its sheets, their columns
 * as the header row names them, and the example row the template carries. Columns are found
 * by their heading, so their order does not matter; headings are compared whatever the case.
 */

export const CONTRACTS_SHEET = 'Contracts'
export const COMMITMENTS_SHEET = 'Commitments'
export const MILESTONES_SHEET = 'Milestones'
export const DELIVERY_SHEET = 'Delivery'

export const IMPORT_SHEETS = [CONTRACTS_SHEET, COMMITMENTS_SHEET, MILESTONES_SHEET, DELIVERY_SHEET] as const
export type ImportSheet = (typeof IMPORT_SHEETS)[number]

/** The sheets a file must have; Delivery is there only when past delivery is brought in. */
export const REQUIRED_SHEETS: readonly ImportSheet[] = [CONTRACTS_SHEET, COMMITMENTS_SHEET, MILESTONES_SHEET]

export type ImportColumn<K extends string = string> = {
	key: K
	header: string
	/** False for a column the file may leave out altogether. */
	required: boolean
	example: string | number | Date | boolean
}

const exampleDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

export const CONTRACT_COLUMNS = [
	{ key: 'reference', header: 'Contract reference', required: true, example: 'CON-2025-014' },
	{ key: 'title', header: 'Title', required: true, example: 'Highways maintenance' },
	{ key: 'supplierName', header: 'Supplier name', required: true, example: 'Northgate Civils Ltd' },
	{ key: 'registrationNumber', header: 'Companies House or charity number', required: true, example: '09876543' },
	{ key: 'supplierType', header: 'Supplier type', required: true, example: 'SME' },
	{ key: 'contactName', header: 'Contact name', required: true, example: 'Priya Shah' },
	{ key: 'contactEmail', header: 'Contact email', required: true, example: 'priya.shah@northgate.example' },
	{ key: 'managerEmail', header: 'Contract manager email', required: true, example: 'sam.jones@council.example' },
	{ key: 'value', header: 'Contract value (£)', required: true, example: 1250000 },
	{ key: 'startDate', header: 'Start date', required: true, example: exampleDate('2025-04-01') },
	{ key: 'endDate', header: 'End date', required: true, example: exampleDate('2028-03-31') },
	{ key: 'cadence', header: 'Reporting cadence', required: true, example: 'Half-yearly' },
	{ key: 'sensitive', header: 'Commercially sensitive', required: true, example: 'No' },
	{ key: 'edition', header: 'TOMs edition', required: true, example: 'National TOMs 2024' },
] as const satisfies readonly ImportColumn[]

export const COMMITMENT_COLUMNS = [
	{ key: 'reference', header: 'Contract reference', required: true, example: 'CON-2025-014' },
	{ key: 'code', header: 'Measure code', required: true, example: 'NT1' },
	{ key: 'quantity', header: 'Quantity', required: true, example: 12 },
	{ key: 'commitmentText', header: 'Commitment in words', required: true, example: '' },
	{ key: 'responsibleName', header: 'Responsible person: name', required: true, example: 'Priya Shah' },
	{ key: 'responsibleRole', header: 'Responsible person: role', required: true, example: 'Social value lead' },
	{
		key: 'responsibleEmail',
		header: 'Responsible person: email',
		required: true,
		example: 'priya.shah@northgate.example',
	},
	{
		key: 'methodStatement',
		header: 'Method statement',
		required: true,
		example: 'We recruit local people through the council’s employment hub.',
	},
] as const satisfies readonly ImportColumn[]

export const MILESTONE_COLUMNS = [
	{ key: 'reference', header: 'Contract reference', required: true, example: 'CON-2025-014' },
	{ key: 'code', header: 'Measure code', required: true, example: 'NT1' },
	{ key: 'date', header: 'Milestone date', required: true, example: exampleDate('2028-03-31') },
	{ key: 'cumulative', header: 'Running total by then', required: true, example: 12 },
] as const satisfies readonly ImportColumn[]

export const DELIVERY_COLUMNS = [
	{ key: 'reference', header: 'Contract reference', required: true, example: 'CON-2025-014' },
	{ key: 'code', header: 'Measure code', required: true, example: 'NT1' },
	{ key: 'period', header: 'Period', required: true, example: exampleDate('2025-04-01') },
	{ key: 'delivered', header: 'Delivered', required: true, example: 4 },
	{ key: 'approved', header: 'Approved', required: true, example: 'Yes' },
	{ key: 'approvedOn', header: 'Approved on', required: true, example: exampleDate('2025-11-14') },
] as const satisfies readonly ImportColumn[]

export type ContractKey = (typeof CONTRACT_COLUMNS)[number]['key']
export type CommitmentKey = (typeof COMMITMENT_COLUMNS)[number]['key']
export type MilestoneKey = (typeof MILESTONE_COLUMNS)[number]['key']
export type DeliveryKey = (typeof DELIVERY_COLUMNS)[number]['key']

export const SHEET_COLUMNS: Record<ImportSheet, readonly ImportColumn[]> = {
	[CONTRACTS_SHEET]: CONTRACT_COLUMNS,
	[COMMITMENTS_SHEET]: COMMITMENT_COLUMNS,
	[MILESTONES_SHEET]: MILESTONE_COLUMNS,
	[DELIVERY_SHEET]: DELIVERY_COLUMNS,
}

/** How dates are typed in the file and shown in its messages. */
export const IMPORT_DATE_EXAMPLE = '30/04/2027'

/** The CSV form of the workbook: one file per sheet, each sent in its own field. */
export const CSV_FIELDS: Record<ImportSheet, string> = {
	[CONTRACTS_SHEET]: 'contracts',
	[COMMITMENTS_SHEET]: 'commitments',
	[MILESTONES_SHEET]: 'milestones',
	[DELIVERY_SHEET]: 'delivery',
}

/** The template: each sheet's header row and one example row. */
export function templateSheets(): Array<{ sheet: ImportSheet; rows: Array<Array<string | number | Date | boolean>> }> {
	return IMPORT_SHEETS.map((sheet) => ({
		sheet,
		rows: [SHEET_COLUMNS[sheet].map((column) => column.header), SHEET_COLUMNS[sheet].map((column) => column.example)],
	}))
}

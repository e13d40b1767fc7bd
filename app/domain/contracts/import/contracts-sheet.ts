import type { ReportingCadence, SupplierType } from '#db/schema.ts'
import type { SheetProblem } from '../../matrix/spreadsheet-problems.ts'
import { normaliseRegistrationNumber } from '../../suppliers/registration.ts'
import { TenderFormSchema, poundsSchema } from '../../tenders/tender-rules.ts'
import { CONTRACT_COLUMNS, CONTRACTS_SHEET, type ContractKey } from './layout.ts'
import type { ImportWorld } from './plan.ts'
import { matchKey, readDateCell, readTable, readYesNo, type TableRow } from './sheet-table.ts'
import type { InCell } from '../../matrix/spreadsheet-cells.ts'

/** A row of the Contracts sheet, read and checked on its own and against the portal. */
export type ContractRow = {
	row: number
	reference: string
	title: string
	supplierName: string
	registrationNumber: string | null
	supplierType: SupplierType | null
	contactName: string
	contactEmail: string
	managerId: number
	managerEmail: string
	valuePence: number
	startDate: string
	endDate: string
	cadence: ReportingCadence
	commerciallySensitive: boolean
	edition: ImportWorld['editions'][number]
	/** A problem at one of this row's cells. */
	problem: TableRow<ContractKey>['problem']
}

const CADENCES: Record<string, ReportingCadence> = {
	'half-yearly': 'half_yearly',
	'half yearly': 'half_yearly',
	half_yearly: 'half_yearly',
	quarterly: 'quarterly',
	annual: 'annual',
	annually: 'annual',
	yearly: 'annual',
}

const SUPPLIER_TYPES: Record<string, SupplierType> = {
	large: 'large',
	sme: 'sme',
	micro: 'micro',
	vcse: 'vcse',
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const valueSchema = poundsSchema('Contract value')

/** The Contracts sheet's rows, each checked, or the problems found; references unique in the file and the portal. */
export function readContracts(
	data: InCell[][],
	world: ImportWorld,
): {
	contracts: ContractRow[]
	/** References, in lower case, of rows with problems: the other sheets' rows for them are not checked. */
	refused: Set<string>
	problems: SheetProblem[]
} {
	const { rows, problems } = readTable(CONTRACTS_SHEET, data, CONTRACT_COLUMNS)
	const editions = new Map(world.editions.map((edition) => [matchKey(edition.name), edition]))
	const managers = new Map(world.managers.map((manager) => [manager.email.toLowerCase(), manager]))
	const seen = new Map<string, number>()
	const contracts: ContractRow[] = []
	const refused = new Set<string>()
	for (const row of rows) {
		const before = problems.length
		const fail = (key: Parameters<typeof row.problem>[0], message: string) => problems.push(row.problem(key, message))

		const reference = TenderFormSchema.shape.reference.safeParse(row.text('reference'))
		if (!reference.success || reference.data === '')
			fail('reference', reference.success ? 'Enter the contract reference' : reference.error.issues[0]!.message)
		else {
			const key = reference.data.toLowerCase()
			const first = seen.get(key)
			if (first !== undefined)
				fail('reference', `${reference.data} is also on row ${first}: each contract must have one row`)
			else if (world.takenReferences.has(key))
				fail('reference', `Another contract in the portal already has the reference ${reference.data}`)
			else seen.set(key, row.row)
		}
		const title = TenderFormSchema.shape.title.safeParse(row.text('title'))
		if (!title.success) fail('title', title.error.issues[0]!.message)

		const supplierName = row.text('supplierName')
		if (supplierName === '') fail('supplierName', 'Enter the supplier’s name')
		else if (supplierName.length > 200) fail('supplierName', 'Supplier name must be 200 characters or fewer')
		const registrationText = row.text('registrationNumber')
		const registrationNumber = registrationText === '' ? null : normaliseRegistrationNumber(registrationText)
		if (registrationText !== '' && registrationNumber === null)
			fail(
				'registrationNumber',
				'Enter a Companies House number (8 characters, like 09876543 or SC123456) or a charity number, or leave it empty',
			)
		const typeText = row.text('supplierType').toLowerCase()
		const supplierType = typeText === '' ? null : (SUPPLIER_TYPES[typeText] ?? undefined)
		if (supplierType === undefined)
			fail('supplierType', 'Enter the supplier type as Large, SME, Micro or VCSE, or leave it empty')
		const contactName = row.text('contactName')
		const contactEmail = row.text('contactEmail').toLowerCase()
		if (contactName.length > 200) fail('contactName', 'Contact name must be 200 characters or fewer')
		if (contactEmail !== '' && (!EMAIL.test(contactEmail) || contactEmail.length > 254))
			fail('contactEmail', 'Enter the contact’s email address in the correct format, like name@example.com')

		const managerEmail = row.text('managerEmail').toLowerCase()
		const manager = managers.get(managerEmail)
		if (managerEmail === '') fail('managerEmail', 'Enter the email address of the contract manager')
		else if (!manager)
			fail('managerEmail', `${managerEmail} is not an active contract manager or administrator in the portal`)

		const value = valueSchema.safeParse(row.text('value'))
		if (!value.success) fail('value', value.error.issues[0]!.message)
		const start = readDateCell(row.cell('startDate'), 'Start date')
		if (!start.ok) fail('startDate', start.message)
		const end = readDateCell(row.cell('endDate'), 'End date')
		if (!end.ok) fail('endDate', end.message)
		if (start.ok && end.ok && end.date <= start.date) fail('endDate', 'End date must be after the start date')
		const cadence = CADENCES[row.text('cadence').toLowerCase()]
		if (!cadence) fail('cadence', 'Enter the reporting cadence as Half-yearly, Quarterly or Annual')
		const sensitive = row.text('sensitive') === '' ? false : readYesNo(row.text('sensitive'))
		if (sensitive === null) fail('sensitive', 'Enter Yes or No')
		const editionName = row.text('edition')
		const edition = editions.get(matchKey(editionName))
		if (editionName === '') fail('edition', 'Enter the name of the published TOMs edition the commitments come from')
		else if (!edition) fail('edition', `‘${editionName}’ is not a published TOMs edition in the portal`)

		if (problems.length > before) {
			refused.add(row.text('reference').toLowerCase())
			continue
		}
		contracts.push({
			row: row.row,
			reference: reference.data!,
			title: title.data!,
			supplierName,
			registrationNumber,
			supplierType: supplierType ?? null,
			contactName,
			contactEmail,
			managerId: manager!.id,
			managerEmail: manager!.email,
			valuePence: value.data!,
			startDate: (start as { date: string }).date,
			endDate: (end as { date: string }).date,
			cadence: cadence!,
			commerciallySensitive: sensitive!,
			edition: edition!,
			problem: row.problem,
		})
	}
	// A reference also on a row that was read stands for that row.
	for (const contract of contracts) refused.delete(contract.reference.toLowerCase())
	return { contracts, refused, problems }
}

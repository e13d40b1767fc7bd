import { describe, expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '../../toms/units.ts'
import { describeProblem } from '../../matrix/spreadsheet-problems.ts'
import { checkImportFile, type ImportSheets } from './check-file.ts'
import { CONTRACT_COLUMNS, COMMITMENT_COLUMNS, DELIVERY_COLUMNS, MILESTONE_COLUMNS } from './layout.ts'
import type { ImportWorld } from './plan.ts'

const world: ImportWorld = {
	editions: [
		{
			id: 7,
			name: 'National TOMs 2024',
			measures: [
				{ id: 70, code: 'NT1', title: 'Local jobs', themeName: 'Jobs', unit: 'people_fte', proxyValuePence: 2_500_000 },
				{ id: 71, code: 'NT2', title: 'Volunteering', themeName: 'Communities', unit: 'hours', proxyValuePence: 1693 },
				{ id: 72, code: 'NT3', title: 'Reading club', themeName: 'Communities', unit: 'text', proxyValuePence: null },
			],
		},
	],
	managers: [{ id: 3, email: 'sam@council.example' }],
	takenReferences: new Set(['old-1']),
	takenEmails: new Set(['taken@supplier.example']),
	units: STARTING_CATALOGUE,
	matchSupplier: ({ name, registrationNumber }) =>
		registrationNumber === '01234567'
			? { id: 40, name: 'Known Ltd', by: 'registration number' }
			: name.toLowerCase() === 'named ltd'
				? { id: 41, name: 'Named Ltd', by: 'name' }
				: null,
	financialYearStartMonth: 4,
	returnDueDays: 30,
	today: '2026-12-07',
}

const headers = (columns: readonly { header: string }[]) => columns.map((column) => column.header)

const contract = (reference: string, overrides: Partial<Record<string, string>> = {}) => {
	const values: Record<string, string> = {
		reference,
		title: 'Highways maintenance',
		supplierName: 'Northgate Civils Ltd',
		registrationNumber: '09876543',
		supplierType: 'SME',
		contactName: 'Priya Shah',
		contactEmail: 'priya@northgate.example',
		managerEmail: 'Sam@council.example',
		value: '1,250,000',
		startDate: '01/04/2025',
		endDate: '2027-03-31',
		cadence: 'Half-yearly',
		sensitive: 'No',
		edition: 'national toms 2024',
		...overrides,
	}
	return CONTRACT_COLUMNS.map((column) => values[column.key] ?? '')
}

function goodFile(): ImportSheets {
	return {
		Contracts: [headers(CONTRACT_COLUMNS), contract('CON-1'), contract('CON-2', { title: 'Parks' })],
		Commitments: [
			headers(COMMITMENT_COLUMNS),
			['CON-1', 'NT1', '2', '', 'Priya', 'Lead', 'priya@northgate.example', 'Hire locally'],
			['CON-1', 'NT3', '', 'A club every month', 'Priya', 'Lead', 'priya@northgate.example', 'Libraries'],
			['CON-2', 'nt2', '100.5', '', 'Jo', 'Lead', 'jo@northgate.example', 'Volunteer'],
		],
		Milestones: [
			headers(MILESTONE_COLUMNS),
			['CON-1', 'NT1', '31/03/2026', '1'],
			['CON-1', 'NT1', new Date(Date.UTC(2027, 2, 31)), '2'],
			['CON-2', 'NT2', '2027-03-31', '100.5'],
		],
		Delivery: [
			headers(DELIVERY_COLUMNS),
			['CON-1', 'NT1', '01/04/2025', '1', 'Yes', '14/11/2025'],
			['CON-1', 'NT3', '2025-05-20', 'Club ran', 'yes', '14/11/2025'],
			['CON-1', 'NT1', '01/10/2025', '0.5', 'Yes', '20/05/2026'],
		],
	}
}

describe('checkImportFile', () => {
	test('plans contracts, one new supplier shared by both rows, commitments valued and past delivery', () => {
		const result = checkImportFile(goodFile(), world)
		if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
		const { plan } = result
		expect(plan.suppliers).toHaveLength(1)
		expect(plan.suppliers[0]).toMatchObject({ match: null, name: 'Northgate Civils Ltd', rows: [2, 3] })
		const [first, second] = plan.contracts
		expect(first).toMatchObject({ reference: 'CON-1', managerId: 3, valuePence: 125_000_000, cadence: 'half_yearly' })
		expect(first!.commitments.map((c) => c.measureCode)).toEqual(['NT1', 'NT3'])
		expect(first!.commitments[0]).toMatchObject({ quantityHundredths: 200, valuePence: 5_000_000 })
		expect(first!.commitments[0]!.delivery.map((d) => d.periodKey)).toEqual(['2025-26-H1', '2025-26-H2'])
		expect(first!.commitments[1]!.delivery[0]).toMatchObject({ deliveredHundredths: null, deliveredText: 'Club ran' })
		// 100.5 hours at £16.93: £1,701.465, rounded half up.
		expect(second!.commitments[0]).toMatchObject({ measureCode: 'NT2', valuePence: 170_147 })
	})

	test('matches organisations already in the portal by number, then by name', () => {
		const file = goodFile()
		file.Contracts = [
			headers(CONTRACT_COLUMNS),
			contract('CON-1', { registrationNumber: '01234567', contactName: '', contactEmail: '' }),
			contract('CON-2', { supplierName: 'NAMED LTD', registrationNumber: '', contactEmail: 'taken@supplier.example' }),
		]
		const result = checkImportFile(file, world)
		if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
		expect(result.plan.suppliers.map((s) => [s.match?.id, s.match?.by])).toEqual([
			[40, 'registration number'],
			[41, 'name'],
		])
	})

	test('names the sheet, row and column of every problem, across sheets', () => {
		const file = goodFile()
		file.Contracts!.push(
			contract('old-1'),
			contract('CON-1'),
			contract('CON-4', { endDate: '01/01/2025', managerEmail: 'nobody@x.example' }),
		)
		file.Commitments!.push(
			['CON-1', 'NT9', '1', '', 'Jo', 'Lead', 'jo@x.example', 'x'],
			['CON-9', 'NT1', '1', '', 'Jo', 'Lead', 'jo@x.example', 'x'],
			['CON-2', 'NT1', 'lots', '', 'Jo', 'Lead', 'jo@x.example', 'x'],
		)
		file.Milestones![3] = ['CON-2', 'NT2', '31/03/2028', '100.5']
		file.Delivery!.push(
			['CON-1', 'NT1', '01/04/2030', '1', 'Yes', '14/11/2025'],
			['CON-2', 'NT2', '01/04/2025', '1', 'No', ''],
		)
		const result = checkImportFile(file, world)
		if (result.ok) throw new Error('expected problems')
		expect(result.problems.map(describeProblem)).toEqual([
			'Contracts, row 4, column A (Contract reference): Another contract in the portal already has the reference old-1',
			'Contracts, row 5, column A (Contract reference): CON-1 is also on row 2: each contract must have one row',
			'Contracts, row 6, column H (Contract manager email): nobody@x.example is not an active contract manager or administrator in the portal',
			'Contracts, row 6, column K (End date): End date must be after the start date',
			'Commitments, row 5, column B (Measure code): NT9 is not a measure of National TOMs 2024',
			'Commitments, row 6, column A (Contract reference): No contract on the Contracts sheet has the reference CON-9',
			'Commitments, row 7, column C (Quantity): Quantity must be a number, like 250 or 12.5',
			'Milestones, row 4, column C (Milestone date): Milestone date must be within the contract, from 1 April 2025 to 31 March 2027',
			'Delivery, row 5, column C (Period): 1 April 2030 is not in any reporting period of CON-1, which runs from 1 April 2025 to 31 March 2027',
			'Delivery, row 6, column E (Approved): Only approved delivery can be imported: remove this row, and the supplier reports this period in the portal',
		])
	})

	test('refuses a file without the required sheets or headings', () => {
		expect(checkImportFile({ Contracts: [headers(CONTRACT_COLUMNS)] }, world)).toMatchObject({
			ok: false,
			problems: [
				{ message: expect.stringContaining('no ‘Commitments’ sheet') },
				{ message: expect.stringContaining('no ‘Milestones’ sheet') },
			],
		})
		const file = goodFile()
		file.Commitments![0] = headers(COMMITMENT_COLUMNS).filter((h) => h !== 'Quantity')
		const result = checkImportFile(file, world)
		expect(result.ok).toBe(false)
		if (!result.ok)
			expect(result.problems.map(describeProblem)).toContain(
				'Commitments, row 1: Add the column ‘Quantity’ to the header row',
			)
	})

	test('a new supplier needs a contact whose email has no account', () => {
		const file = goodFile()
		file.Contracts = [
			headers(CONTRACT_COLUMNS),
			contract('CON-1', { contactEmail: 'taken@supplier.example' }),
			contract('CON-2', { supplierName: 'Other Ltd', registrationNumber: '', contactName: '' }),
		]
		const result = checkImportFile(file, world)
		if (result.ok) throw new Error('expected problems')
		expect(result.problems.map(describeProblem)).toEqual([
			'Contracts, row 2, column G (Contact email): taken@supplier.example already has an account with another organisation: enter a different contact',
			'Contracts, row 3, column F (Contact name): Enter a contact’s name: Other Ltd is new to the portal',
		])
	})

	test('delivery: one row per commitment and period, approved, not in the future, in words for a measure in words', () => {
		const file = goodFile()
		file.Delivery!.push(
			['CON-1', 'NT1', '30/09/2025', '1', 'Yes', '14/11/2025'],
			['CON-1', 'NT3', '01/10/2025', '', 'Yes', '14/11/2025'],
			['CON-2', 'NT2', '01/04/2026', '1.5', 'Yes', '01/01/2027'],
			['CON-2', 'NT2', '01/10/2026', '1', 'Yes', '30/09/2026'],
			['CON-2', 'NT2', '01/04/2025', '1', 'Maybe', '30/09/2025'],
		)
		const result = checkImportFile(file, world)
		if (result.ok) throw new Error('expected problems')
		expect(result.problems.map(describeProblem)).toEqual([
			'Delivery, row 5, column C (Period): Row 2 already gives delivery for NT1 in H1 2025/26',
			'Delivery, row 6, column D (Delivered): Enter what was delivered, in words',
			'Delivery, row 7, column F (Approved on): Approved on must be today or in the past',
			'Delivery, row 8, column F (Approved on): Approved on must be after the period began, on 1 October 2026',
			'Delivery, row 9, column E (Approved): Enter Yes or No',
		])
	})

	test('one new organisation cannot have two numbers, nor one number two names', () => {
		const file = goodFile()
		file.Contracts!.push(
			contract('CON-3', { registrationNumber: '11111111' }),
			contract('CON-4', { supplierName: 'Renamed Ltd', contactEmail: 'x@renamed.example' }),
		)
		file.Commitments!.push(
			['CON-3', 'NT3', '', 'Words', 'Jo', 'Lead', 'jo@x.example', 'x'],
			['CON-4', 'NT3', '', 'Words', 'Jo', 'Lead', 'jo@x.example', 'x'],
		)
		const result = checkImportFile(file, world)
		if (result.ok) throw new Error('expected problems')
		expect(result.problems.map(describeProblem)).toEqual([
			'Contracts, row 4, column D (Companies House or charity number): Row 2 names Northgate Civils Ltd with the number 09876543: one organisation has one number',
			'Contracts, row 5, column C (Supplier name): Row 2 calls the organisation with number 09876543 ‘Northgate Civils Ltd’: use one name for it',
		])
	})
})

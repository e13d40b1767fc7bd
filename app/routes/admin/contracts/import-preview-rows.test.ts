import { expect, test } from 'vitest'
import type { ImportPlan } from '#app/domain/contracts/import/plan.ts'
import { contractRows, supplierRows } from './import-preview-rows.ts'

const plan: ImportPlan = {
	suppliers: [
		{
			key: 'organisation:4',
			name: 'Known Works',
			registrationNumber: '01234567',
			supplierType: null,
			contactName: '',
			contactEmail: '',
			match: { id: 4, name: 'Known Works Ltd', by: 'registration number' },
			rows: [4],
		},
		{
			key: 'new:1',
			name: 'Fresh Ltd',
			registrationNumber: null,
			supplierType: 'sme',
			contactName: 'Ada',
			contactEmail: 'ada@fresh.example',
			match: null,
			rows: [2, 3],
		},
	],
	contracts: [
		{
			row: 4,
			reference: 'C-3',
			title: 'Parks',
			supplierKey: 'organisation:4',
			managerId: 1,
			managerEmail: 'm@council.example',
			valuePence: 25_000_000,
			startDate: '2025-04-01',
			endDate: '2027-03-31',
			cadence: 'half_yearly',
			commerciallySensitive: false,
			editionId: 1,
			editionName: 'E',
			commitments: [],
		},
	],
}

test('each supplier says which organisation it matched and by what, or who is invited to claim it', () => {
	expect(supplierRows(plan).map((row) => row.map((cell) => cell.text))).toEqual([
		['Known Works', '4', 'Matched to Known Works Ltd by registration number'],
		['Fresh Ltd', '2, 3', 'New: Ada (ada@fresh.example) is invited to claim it'],
	])
})

test('each contract names the organisation it will belong to', () => {
	expect(contractRows(plan)[0]!.map((cell) => cell.text)).toEqual([
		'C-3',
		'Parks',
		'Known Works Ltd',
		'1 April 2025 to 31 March 2027',
		'£250,000.00',
		'0',
		'0',
	])
})

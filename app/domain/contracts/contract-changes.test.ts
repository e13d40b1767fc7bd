import { expect, test } from 'vitest'
import { ContractChangeSchema, describeContractChanges } from './contract-changes.ts'
import { datePartsOf } from '../date-parts.ts'

const stored = {
	title: 'Library cleaning',
	value: 100_000_00,
	startDate: '2027-04-01',
	endDate: '2029-03-31',
	cadence: 'half_yearly' as const,
	contractManagerId: 1,
	contractManagerName: 'Priya Patel',
	commerciallySensitive: false,
}

test('every change is listed in words', () => {
	expect(
		describeContractChanges(stored, {
			...stored,
			endDate: '2030-03-31',
			cadence: 'quarterly',
			value: 120_000_00,
			contractManagerId: 2,
			contractManagerName: 'Tom Okafor',
		}),
	).toEqual([
		'Contract value changed from £100,000.00 to £120,000.00',
		'Contract end changed from 31 March 2029 to 31 March 2030',
		'Reporting changed from half-yearly to quarterly',
		'Contract manager changed from Priya Patel to Tom Okafor',
	])
	expect(describeContractChanges(stored, { ...stored, commerciallySensitive: true })).toEqual([
		'Figures now hidden from the public register (commercially sensitive)',
	])
	expect(describeContractChanges(stored, stored)).toEqual([])
})

test('a change needs a reason and a sensible term', () => {
	const form = {
		title: 'Library cleaning',
		value: '100000',
		startDate: datePartsOf('2027-04-01'),
		endDate: datePartsOf('2027-03-01'),
		cadence: 'annual',
		contractManagerId: '1',
		version: '2',
		reason: '',
	}
	const result = ContractChangeSchema.safeParse(form)
	expect(result.success).toBe(false)
	expect(result.error!.issues.map((issue) => issue.message).sort()).toEqual([
		'Contract end must be after the contract start',
		'Enter the reason for the change',
	])
})

import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { commitmentSummaryRows } from './commitment-summary.tsx'

test('a numeric commitment: its quantity with the unit, its milestones, and what approved returns delivered', () => {
	const commitment = {
		quantityHundredths: 200_00,
		commitmentText: '',
		unit: 'expert_hours',
		milestones: [
			{ date: '2028-03-31', cumulativeHundredths: 100_00 },
			{ date: '2029-03-31', cumulativeHundredths: 200_00 },
		],
	}
	expect(commitmentSummaryRows(commitment, 55_00, STARTING_CATALOGUE)).toEqual([
		['Committed over the contract', '200 expert hours'],
		['Milestones', '31 March 2028: 100 expert hours; 31 March 2029: 200 expert hours'],
		['Delivered in approved returns', '55 expert hours'],
	])
})

test('a commitment in words has no milestones and nothing counted as delivered', () => {
	const commitment = { quantityHundredths: null, commitmentText: 'A waste plan', unit: 'text', milestones: [] }
	expect(commitmentSummaryRows(commitment, null, STARTING_CATALOGUE)).toEqual([
		['Committed over the contract', 'A waste plan'],
		['Milestones', 'None'],
	])
})

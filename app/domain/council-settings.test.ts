import { expect, test } from 'vitest'
import { CouncilSettingsSchema, parseLeadDays } from './council-settings.ts'

const valid = {
	councilName: 'Northshire Council',
	defaultWeightingPercent: '15',
	maxMeasuresPerTender: '8',
	minimumTenderPeriodDays: '10',
	financialYearStartMonth: '4',
	returnDueDays: '30',
	ragGreenPercent: '90',
	ragAmberPercent: '60',
	reminderLeadDays: '3, 14',
	version: '1',
}

test('valid settings parse, with reminder days largest first', () => {
	expect(CouncilSettingsSchema.parse(valid)).toMatchObject({
		defaultWeightingPercent: 15,
		minimumTenderPeriodDays: 10,
		reminderLeadDays: [14, 3],
	})
})

test.each([
	[{ defaultWeightingPercent: '101' }, 'The default social value weighting must be between 0 and 100'],
	[{ defaultWeightingPercent: '12.5' }, 'The default social value weighting must be a whole number'],
	[{ maxMeasuresPerTender: '0' }, 'The maximum number of measures per tender must be between 1 and 50'],
	[{ minimumTenderPeriodDays: '0' }, 'The minimum tender period must be between 1 and 90'],
	[{ minimumTenderPeriodDays: '91' }, 'The minimum tender period must be between 1 and 90'],
	[{ minimumTenderPeriodDays: '7.5' }, 'The minimum tender period must be a whole number'],
	[{ minimumTenderPeriodDays: undefined }, 'Enter the minimum tender period as a number'],
	[{ financialYearStartMonth: '13' }, 'The month the financial year starts must be between 1 and 12'],
	[{ ragAmberPercent: '95' }, 'The amber threshold must be lower than the green threshold'],
	[
		{ reminderLeadDays: 'soon' },
		'Enter up to 6 whole numbers of days between 1 and 90, separated by commas, like 14, 3',
	],
	[{ councilName: ' ' }, 'Enter the council’s name'],
])('%j is refused', (change, message) => {
	const result = CouncilSettingsSchema.safeParse({ ...valid, ...change })
	expect(result.success).toBe(false)
	expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
})

test('lead days', () => {
	expect(parseLeadDays('14,3,3')).toEqual([14, 3])
	expect(parseLeadDays('0')).toBeNull()
	expect(parseLeadDays('')).toBeNull()
})

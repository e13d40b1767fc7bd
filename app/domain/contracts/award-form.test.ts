import { expect, test } from 'vitest'
import { AwardFormSchema } from './award-form.ts'
import { datePartsOf } from '../date-parts.ts'

const valid = {
	reference: 'EX/2027/014',
	title: 'Library cleaning',
	value: '480,000',
	startDate: datePartsOf('2027-04-01'),
	endDate: datePartsOf('2030-03-31'),
	cadence: 'quarterly',
	contractManagerId: '7',
	version: '3',
}

test('a complete form gives the contract details in pence', () => {
	expect(AwardFormSchema.parse(valid)).toEqual({
		...valid,
		startDate: '2027-04-01',
		endDate: '2030-03-31',
		value: 480_000_00,
		contractManagerId: 7,
		version: 3,
		commerciallySensitive: false,
	})
	expect(AwardFormSchema.parse({ ...valid, commerciallySensitive: 'yes' }).commerciallySensitive).toBe(true)
})

test('every problem is reported at once, the term included', () => {
	const result = AwardFormSchema.safeParse({
		...valid,
		value: 'lots',
		endDate: datePartsOf('2027-03-31'),
		reference: 'no spaces allowed',
	})
	expect(result.success).toBe(false)
	const messages = result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])
	expect(messages).toEqual(
		expect.arrayContaining([
			['value', 'Contract value must be an amount in pounds, like 250000'],
			['endDate', 'Contract end must be after the contract start'],
			['reference', 'Reference must use only letters, numbers, slashes, dots, hyphens and underscores'],
		]),
	)
})

test('impossible dates and unknown cadences are refused', () => {
	expect(
		AwardFormSchema.safeParse({ ...valid, startDate: { day: '30', month: '2', year: '2027' } }).error?.issues,
	).toMatchObject([
		{ path: ['startDate', 'day'], message: 'Contract start must be a real date' },
		{ path: ['startDate', 'month'], message: 'Contract start must be a real date' },
		{ path: ['startDate', 'year'], message: 'Contract start must be a real date' },
	])
	expect(AwardFormSchema.safeParse({ ...valid, cadence: 'monthly' }).success).toBe(false)
})

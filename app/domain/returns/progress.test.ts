import { describe, expect, test } from 'vitest'
import {
	behindPlan,
	expectedToDate,
	formatProgress,
	progressBasisPoints,
	ragLabels,
	ragMeanings,
	ragStatus,
	ragStatuses,
	ragTagClasses,
	returnLineStanding,
	type RagStatus,
} from './progress.ts'

// 52 weeks of apprenticeship a year over a three-year contract from 1 April 2026.
const apprenticeships = [
	{ date: '2027-03-31', cumulativeHundredths: 52_00 },
	{ date: '2028-03-31', cumulativeHundredths: 104_00 },
	{ date: '2029-03-31', cumulativeHundredths: 156_00 },
]

// 500 volunteering hours: a slow start, most of it in the second year.
const volunteering = [
	{ date: '2026-12-31', cumulativeHundredths: 100_00 },
	{ date: '2027-12-31', cumulativeHundredths: 300_00 },
	{ date: '2028-06-30', cumulativeHundredths: 500_00 },
]

describe('expected to date', () => {
	test('grows in a straight line by days from nothing at the start', () => {
		// 182 of the 364 days from 1 April 2026 to 31 March 2027.
		expect(expectedToDate(apprenticeships, '2026-04-01', '2026-09-30')).toBe(26_00)
		expect(expectedToDate(apprenticeships, '2026-04-01', '2026-04-02')).toBe(14) // 5200 / 364 = 14.29
	})

	test('is the milestone target on the milestone date', () => {
		expect(expectedToDate(apprenticeships, '2026-04-01', '2027-03-31')).toBe(52_00)
		expect(expectedToDate(apprenticeships, '2026-04-01', '2028-03-31')).toBe(104_00)
	})

	test('interpolates between milestones', () => {
		// 181 of the 365 days from 31 December 2026 to 31 December 2027: 10000 + 20000 × 181 / 365 = 19917.8.
		expect(expectedToDate(volunteering, '2026-04-01', '2027-06-30')).toBe(199_18)
		// 90 of the 274 days from 1 April to 31 December 2026: 10000 × 90 / 274 = 3284.7.
		expect(expectedToDate(volunteering, '2026-04-01', '2026-06-30')).toBe(32_85)
	})

	test('counts the leap day', () => {
		const milestones = [{ date: '2028-03-01', cumulativeHundredths: 60_00 }]
		// 1 January to 1 March 2028 is 60 days, so each day is worth 1 unit.
		expect(expectedToDate(milestones, '2028-01-01', '2028-02-29')).toBe(59_00)
		expect(expectedToDate(milestones, '2028-01-01', '2028-01-31')).toBe(30_00)
	})

	test('is nothing before or on the start', () => {
		expect(expectedToDate(apprenticeships, '2026-04-01', '2026-03-31')).toBe(0)
		expect(expectedToDate(apprenticeships, '2026-04-01', '2020-01-01')).toBe(0)
		expect(expectedToDate(apprenticeships, '2026-04-01', '2026-04-01')).toBe(0)
	})

	test('stays at the last target after the last milestone', () => {
		expect(expectedToDate(apprenticeships, '2026-04-01', '2029-04-01')).toBe(156_00)
		expect(expectedToDate(volunteering, '2026-04-01', '2035-01-01')).toBe(500_00)
	})

	test('has no schedule without milestones', () => {
		expect(expectedToDate([], '2026-04-01', '2027-01-01')).toBeNull()
	})

	test('takes milestones in date order, whatever order they come in', () => {
		const shuffled = [apprenticeships[2]!, apprenticeships[0]!, apprenticeships[1]!]
		expect(expectedToDate(shuffled, '2026-04-01', '2027-09-30')).toBe(
			expectedToDate(apprenticeships, '2026-04-01', '2027-09-30'),
		)
		expect(expectedToDate(shuffled, '2026-04-01', '2027-09-30')).toBe(78_00) // half way from 52 to 104 (183 of 366 days)
	})

	test('rounds to the nearest hundredth, halves up', () => {
		expect(expectedToDate([{ date: '2026-01-04', cumulativeHundredths: 1 }], '2026-01-01', '2026-01-02')).toBe(0) // 0.33
		expect(expectedToDate([{ date: '2026-01-04', cumulativeHundredths: 1 }], '2026-01-01', '2026-01-03')).toBe(1) // 0.67
		expect(expectedToDate([{ date: '2026-01-03', cumulativeHundredths: 1 }], '2026-01-01', '2026-01-02')).toBe(1) // 0.5
	})

	test('a milestone on or before the start is where the line begins', () => {
		expect(expectedToDate([{ date: '2026-04-01', cumulativeHundredths: 10_00 }], '2026-04-01', '2026-04-01')).toBe(
			10_00,
		)
		const milestones = [
			{ date: '2026-03-01', cumulativeHundredths: 10_00 },
			{ date: '2026-04-11', cumulativeHundredths: 20_00 },
		]
		expect(expectedToDate(milestones, '2026-04-01', '2026-04-06')).toBe(15_00)
		expect(expectedToDate(milestones, '2026-04-01', '2026-03-15')).toBe(0)
	})

	test('two milestones on one day: the later one in the list counts from that day', () => {
		const milestones = [
			{ date: '2026-06-30', cumulativeHundredths: 10_00 },
			{ date: '2026-06-30', cumulativeHundredths: 20_00 },
			{ date: '2026-07-10', cumulativeHundredths: 30_00 },
		]
		expect(expectedToDate(milestones, '2026-04-01', '2026-06-30')).toBe(20_00)
		expect(expectedToDate(milestones, '2026-04-01', '2026-07-05')).toBe(25_00)
	})

	test('dates must be calendar dates', () => {
		expect(() => expectedToDate(apprenticeships, '2026-04-01', 'today')).toThrow(RangeError)
		expect(() => expectedToDate([{ date: '2027-02-29', cumulativeHundredths: 1 }], '2026-04-01', '2027-01-01')).toThrow(
			RangeError,
		)
	})
})

describe('RAG status', () => {
	const thresholds = { greenPercent: 90, amberPercent: 60 }
	const rag = (deliveredHundredths: number, expectedHundredths: number | null) =>
		ragStatus({ deliveredHundredths, expectedHundredths, ...thresholds })

	test('green from the green threshold up, including ahead of schedule', () => {
		expect(rag(23_40, 26_00)).toBe('green') // exactly 90%
		expect(rag(26_00, 26_00)).toBe('green')
		expect(rag(40_00, 26_00)).toBe('green')
	})

	test('amber from the amber threshold to just under green', () => {
		expect(rag(23_26, 26_00)).toBe('amber') // 89.46%, shown as 89%
		expect(rag(15_60, 26_00)).toBe('amber') // exactly 60%
		expect(rag(15_47, 26_00)).toBe('amber') // 59.5%, shown as 60%
	})

	test('red below amber, and nothing delivered when something is due', () => {
		expect(rag(15_46, 26_00)).toBe('red') // 59.46%, shown as 59%
		expect(rag(0, 26_00)).toBe('red')
	})

	test('not due when there is no schedule or nothing expected yet', () => {
		expect(rag(0, null)).toBe('not_due')
		expect(rag(5_00, null)).toBe('not_due')
		expect(rag(0, 0)).toBe('not_due')
		expect(rag(5_00, 0)).toBe('not_due')
	})

	test('decided on the whole percentage as shown, so 89.5% reads 90% and is green', () => {
		expect(progressBasisPoints(17_900, 20_000)).toBe(8950)
		expect(formatProgress(8950)).toBe('90%')
		expect(rag(17_900, 20_000)).toBe('green')
		expect(rag(17_890, 20_000)).toBe('amber') // 89.45%, shown as 89%
		expect(formatProgress(8945)).toBe('89%')
	})

	test('progress reads in whole percentages, however far ahead', () => {
		expect(formatProgress(40_816)).toBe('408%')
		expect(formatProgress(0)).toBe('0%')
		expect(formatProgress(49)).toBe('0%')
		expect(formatProgress(50)).toBe('1%')
	})

	test('thresholds come from the council', () => {
		expect(
			ragStatus({ deliveredHundredths: 80_00, expectedHundredths: 100_00, greenPercent: 80, amberPercent: 50 }),
		).toBe('green')
		expect(
			ragStatus({ deliveredHundredths: 80_00, expectedHundredths: 100_00, greenPercent: 100, amberPercent: 80 }),
		).toBe('amber')
		expect(ragStatus({ deliveredHundredths: 0, expectedHundredths: 100_00, greenPercent: 100, amberPercent: 0 })).toBe(
			'amber',
		)
	})

	test('against the schedule on a real date', () => {
		const expected = expectedToDate(volunteering, '2026-04-01', '2027-06-30')
		expect(ragStatus({ deliveredHundredths: 150_00, expectedHundredths: expected, ...thresholds })).toBe('amber') // 75.3%
		expect(progressBasisPoints(150_00, expected)).toBe(7531)
		expect(
			ragStatus({
				deliveredHundredths: 0,
				expectedHundredths: expectedToDate(volunteering, '2026-04-01', '2026-03-31'),
				...thresholds,
			}),
		).toBe('not_due')
	})

	test('every status has a label and a tag', () => {
		for (const status of ragStatuses) {
			expect(ragLabels[status]).toBeTruthy()
			expect(ragTagClasses[status]).toMatch(/^govuk-tag--/)
		}
		expect(ragLabels).toEqual({ green: 'Green', amber: 'Amber', red: 'Red', not_due: 'Nothing due yet' })
	})
})

describe('progress as a percentage', () => {
	test('in hundredths of a percent', () => {
		expect(progressBasisPoints(23_40, 26_00)).toBe(9000)
		expect(progressBasisPoints(1, 8)).toBe(1250)
		expect(progressBasisPoints(1, 3)).toBe(3333)
		expect(progressBasisPoints(2, 3)).toBe(6667)
		expect(progressBasisPoints(0, 26_00)).toBe(0)
		expect(progressBasisPoints(52_00, 26_00)).toBe(20000)
	})

	test('halves round up', () => {
		expect(progressBasisPoints(1, 20_000)).toBe(1) // 0.5
		expect(progressBasisPoints(3, 20_000)).toBe(2) // 1.5
		expect(progressBasisPoints(1, 40_000)).toBe(0) // 0.25
		expect(progressBasisPoints(-1, 20_000)).toBe(0) // -0.5 rounds up too
	})

	test('none when nothing is expected', () => {
		expect(progressBasisPoints(5_00, null)).toBeNull()
		expect(progressBasisPoints(5_00, 0)).toBeNull()
	})

	test('stays exact for very large quantities', () => {
		expect(progressBasisPoints(8_999_100_000_000, 18_000_000_000_000)).toBe(5000) // exactly 49.995%
		expect(progressBasisPoints(8_999_099_999_999, 18_000_000_000_000)).toBe(4999)
		expect(progressBasisPoints(89_999_999_999_99, 90_000_000_000_00)).toBe(10000)
		expect(progressBasisPoints(89_999_999_999_99, 90_000_000_000_01)).toBe(10000)
		expect(progressBasisPoints(89_100_000_000_00, 90_000_000_000_00)).toBe(9900)
	})
})

describe('what the statuses mean, in words', () => {
	test('from the council’s thresholds, so the words follow the settings', () => {
		expect(ragMeanings({ greenPercent: 90, amberPercent: 60 })).toEqual([
			{ status: 'green', meaning: 'delivered 90% or more of what the milestones expect' },
			{ status: 'amber', meaning: 'delivered 60% or more, but under 90%' },
			{ status: 'red', meaning: 'delivered under 60%' },
			{ status: 'not_due', meaning: 'the milestones expect nothing yet, or the commitment is described in words' },
		])
		expect(
			ragMeanings({ greenPercent: 75, amberPercent: 50 })
				.map((m) => m.meaning)
				.slice(0, 3),
		).toEqual([
			'delivered 75% or more of what the milestones expect',
			'delivered 50% or more, but under 75%',
			'delivered under 50%',
		])
		// Nothing is red when amber starts at 0%.
		expect(ragMeanings({ greenPercent: 50, amberPercent: 0 }).map((m) => m.status)).toEqual([
			'green',
			'amber',
			'not_due',
		])
	})

	test('agree with ragStatus either side of each threshold', () => {
		const thresholds = { greenPercent: 90, amberPercent: 60 }
		const status = (percent: number) =>
			ragStatus({ deliveredHundredths: percent * 100, expectedHundredths: 100_00, ...thresholds })
		expect([status(90), status(89), status(60), status(59), status(0)]).toEqual([
			'green',
			'amber',
			'amber',
			'red',
			'red',
		])
		expect(ragMeanings(thresholds).map((m) => m.status)).toEqual([...ragStatuses.slice(0, 3), 'not_due'])
	})
})

test('a return line stands at what approved returns delivered plus this return, against what is expected by its period end', () => {
	const standing = returnLineStanding(
		{
			committedHundredths: 200_00,
			milestones: [{ date: '2028-03-31', cumulativeHundredths: 100_00 }],
			contractStart: '2027-04-01',
			periodEnd: '2027-09-30',
			approvedBeforeHundredths: 20_00,
			thisReturnHundredths: 25_00,
		},
		{ greenPercent: 90, amberPercent: 60 },
	)
	expect(standing).toEqual({
		committed: 200_00,
		before: 20_00,
		thisReturn: 25_00,
		expected: 49_86,
		percent: 9025,
		rag: 'green',
	})
	expect(behindPlan(standing.rag)).toBe(false)
	expect(['red', 'amber', 'green', 'not_due'].map((rag) => behindPlan(rag as RagStatus))).toEqual([
		true,
		true,
		false,
		false,
	])
})

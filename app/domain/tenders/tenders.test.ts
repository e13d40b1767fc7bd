import { describe, expect, test } from 'vitest'
import { describeChanges, tenderTerms, type PublishedTerms, type TenderTerms } from './amendments.ts'
import { fromLondonDateTime, toLondonDateTime } from './london-time.ts'
import { TenderFormSchema, tenderProblems, type TenderForm } from './tender-rules.ts'
import { tenderState, timeLeft } from './tender-state.ts'
import { datePartsOf } from '../date-parts.ts'

const now = Date.UTC(2027, 0, 10, 9, 0)
const hour = 3_600_000

describe('state from the clock', () => {
	test('a published tender is open until its deadline, then closed', () => {
		const tender = { status: 'published' as const, deadlineAt: now + hour }
		expect(tenderState(tender, now)).toBe('open')
		expect(tenderState(tender, now + hour - 1)).toBe('open')
		expect(tenderState(tender, now + hour)).toBe('closed')
	})
	test('drafts and cancelled tenders are what they are, whatever the time', () => {
		expect(tenderState({ status: 'draft', deadlineAt: now - hour }, now)).toBe('draft')
		expect(tenderState({ status: 'cancelled', deadlineAt: now + hour }, now)).toBe('cancelled')
	})
	test('time left reads naturally', () => {
		expect(timeLeft(now + 3 * 24 * hour + 5, now)).toBe('3 days left')
		expect(timeLeft(now + 5 * hour, now)).toBe('5 hours left')
		expect(timeLeft(now + 60_000, now)).toBe('1 minute left')
		// Under a minute still reads as one minute, in the singular.
		expect(timeLeft(now + 30_000, now)).toBe('1 minute left')
		expect(timeLeft(now + 24 * hour, now)).toBe('1 day left')
		expect(timeLeft(now + hour, now)).toBe('1 hour left')
		expect(timeLeft(now, now)).toBe('Closed')
	})
})

describe('UK time', () => {
	test('winter and summer wall-clock times map to the right instants', () => {
		expect(fromLondonDateTime('2027-01-15', '12:00')).toBe(Date.UTC(2027, 0, 15, 12, 0))
		expect(fromLondonDateTime('2027-07-15', '12:00')).toBe(Date.UTC(2027, 6, 15, 11, 0))
		expect(toLondonDateTime(Date.UTC(2027, 6, 15, 11, 0))).toEqual({ date: '2027-07-15', time: '12:00' })
	})
	test('each minute reads the same however often it is asked, to the last second and across a clock change', () => {
		const lastSecondOfWinter = Date.UTC(2027, 2, 28, 0, 59, 59, 999)
		expect(toLondonDateTime(lastSecondOfWinter)).toEqual({ date: '2027-03-28', time: '00:59' })
		expect(toLondonDateTime(Date.UTC(2027, 2, 28, 0, 59))).toEqual({ date: '2027-03-28', time: '00:59' })
		expect(toLondonDateTime(lastSecondOfWinter + 1)).toEqual({ date: '2027-03-28', time: '02:00' })
		// The answer is shared between callers, so nobody may change it.
		expect(Object.isFrozen(toLondonDateTime(lastSecondOfWinter))).toBe(true)
	})
	test('a time skipped when the clocks go forward does not exist', () => {
		expect(fromLondonDateTime('2027-03-28', '01:30')).toBeNull()
	})
	test('impossible dates and times are refused', () => {
		expect(fromLondonDateTime('2027-02-30', '12:00')).toBeNull()
		expect(fromLondonDateTime('2027-01-15', '25:00')).toBeNull()
	})
})

const rawForm = {
	reference: 'EX/2027/001',
	title: 'Grounds maintenance',
	description: '',
	estimatedValue: '250,000',
	contractStart: datePartsOf('2027-04-01'),
	contractEnd: datePartsOf('2030-03-31'),
	deadlineDate: datePartsOf('2027-02-01'),
	deadlineTime: '12:00',
	weightingPercent: '10',
	quantitySharePercent: '50',
	targetPercent: '',
	cadence: 'half_yearly',
	editionId: '1',
	contractManagerId: '7',
	measureIds: ['11', '12'],
	version: '0',
}

function parsed(change: Record<string, unknown> = {}): TenderForm {
	return TenderFormSchema.parse({ ...rawForm, ...change })
}

const ctx = {
	now,
	maxMeasures: 3,
	measureEditions: new Map([
		[11, 1],
		[12, 1],
		[13, 1],
		[14, 1],
		[21, 2],
	]),
	publishedEditionIds: new Set([1, 2]),
}

describe('tender rules', () => {
	test('a good tender has no problems, and money is pence', () => {
		expect(parsed().estimatedValue).toBe(25_000_000)
		expect(parsed().targetPercent).toBeNull()
		expect(tenderProblems(parsed(), ctx)).toEqual([])
	})

	test('bids go to this portal unless the tender says elsewhere, and that is fixed once published', () => {
		expect(parsed().bidding).toBe('portal')
		expect(parsed({ bidding: 'elsewhere' }).bidding).toBe('elsewhere')
		expect(TenderFormSchema.safeParse({ ...rawForm, bidding: 'direct' }).error?.issues[0]?.message).toBe(
			'Select where bidders will send their bids',
		)
		expect(tenderProblems(parsed({ bidding: 'elsewhere' }), { ...ctx, publishedBidding: 'elsewhere' })).toEqual([])
		expect(tenderProblems(parsed(), { ...ctx, publishedBidding: 'elsewhere' })).toEqual([
			{ field: 'bidding', message: 'Where bids are sent cannot change once the tender is published' },
		])
	})

	test.each([
		[{ deadlineDate: datePartsOf('2027-01-09') }, 'The submission deadline must be in the future'],
		[{ contractEnd: datePartsOf('2027-03-31') }, 'Contract end must be after the contract start'],
		[{ measureIds: [] }, 'Select at least one measure'],
		[{ measureIds: ['11', '12', '13', '14'] }, 'Select 3 measures or fewer'],
		[{ measureIds: ['11', '21'] }, 'Select measures from the chosen TOMs edition only'],
		[{ measureIds: ['99'] }, 'Select measures from the chosen TOMs edition only'],
		[{ editionId: '3' }, 'Select a published TOMs edition'],
	])('%j is refused', (change, message) => {
		expect(tenderProblems(parsed(change), ctx).map((p) => p.message)).toContain(message)
	})

	test.each([
		[{ weightingPercent: '101' }, 'The social value weighting must be between 0 and 100'],
		[{ weightingPercent: '-1' }, 'The social value weighting must be between 0 and 100'],
		[{ weightingPercent: '7.5' }, 'The social value weighting must be a whole number, like 10'],
		[{ estimatedValue: 'a lot' }, 'Estimated contract value must be an amount in pounds, like 250000'],
		[{ contractStart: { day: '30', month: '2', year: '2027' } }, 'Contract start must be a real date'],
		[{ deadlineDate: { day: '1', month: 'Feb' } }, 'Submission deadline must include a year'],
		[{ reference: 'has spaces' }, 'Reference must use only letters, numbers, slashes, dots, hyphens and underscores'],
	])('%j fails validation', (change, message) => {
		const result = TenderFormSchema.safeParse({ ...rawForm, ...change })
		expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
	})
})

const groundsTerms: TenderTerms = {
	title: 'Grounds',
	description: 'A',
	estimatedValuePence: 100_00,
	contractStart: '2027-04-01',
	contractEnd: '2030-03-31',
	deadlineAt: Date.UTC(2027, 1, 1, 12),
	weightingPercent: 10,
	quantitySharePercent: 50,
	targetPercent: null,
	cadence: 'half_yearly',
}

test('amendments say what changed in plain words', () => {
	const before: PublishedTerms = { ...groundsTerms, measureCodes: ['A-1', 'B-1'] }
	expect(describeChanges(before, { ...before })).toEqual([])
	expect(
		describeChanges(before, {
			...before,
			deadlineAt: Date.UTC(2027, 1, 8, 12),
			weightingPercent: 15,
			targetPercent: 10,
			measureCodes: ['A-1', 'C-1'],
		}),
	).toEqual([
		'Submission deadline changed from 1 February 2027 at midday to 8 February 2027 at midday',
		'Social value weighting changed from 10% to 15%',
		'Target changed from none to 10%',
		'Measures added: C-1',
		'Measures removed: B-1',
	])
})

test('a tender’s terms are what suppliers read of it, and nothing of the council’s working', () => {
	const row = { id: 7, reference: 'GR/1', status: 'published', contractManagerId: 3, version: 4, ...groundsTerms }
	expect(tenderTerms(row)).toEqual(groundsTerms)
})

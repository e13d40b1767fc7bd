import { expect, test } from 'vitest'
import { STARTING_CATALOGUE } from '#app/domain/toms/units.ts'
import { type PeriodRow, periodRows, progressRows } from './contract-progress-rows.ts'

test('each commitment reads committed, delivered, expected by now and its status', () => {
	const rows = progressRows(
		[
			{
				id: 1,
				measureCode: 'JOB-2',
				measureTitle: 'Hours of volunteering',
				qualitative: false,
				unit: 'hours',
				committedHundredths: 100_00,
				deliveredHundredths: 55_00,
				expectedHundredths: 50_00,
				progressBasisPoints: 11_000,
				rag: 'green',
			},
			{
				id: 2,
				measureCode: 'ENV-2',
				measureTitle: 'A waste plan',
				qualitative: true,
				unit: 'text',
				committedHundredths: null,
				deliveredHundredths: 0,
				expectedHundredths: null,
				progressBasisPoints: null,
				rag: 'not_due',
			},
		],
		STARTING_CATALOGUE,
	)
	expect(rows[0]).toEqual([
		{ text: 'JOB-2: Hours of volunteering' },
		{ text: '100 hours', format: 'numeric' },
		{ text: '55 hours', format: 'numeric' },
		{ text: '50 hours', format: 'numeric' },
		{ html: '110% <strong class="govuk-tag govuk-tag--green">Green</strong>' },
	])
	expect(rows[1]?.slice(1, 4).map((cell) => cell.text)).toEqual(['In words', '', ''])
	expect(rows[1]?.[4]?.html).toBe('<strong class="govuk-tag govuk-tag--grey">Nothing due yet</strong>')
})

const period: PeriodRow = {
	id: 7,
	label: 'H1 2025/26',
	startDate: '2025-04-01',
	endDate: '2025-09-30',
	dueDate: '2025-10-31',
	returnId: null,
	late: null,
	state: 'due',
	timing: null,
}
const start = () => 'start button'

test('a period shows its dates, when its return is due and where it stands', () => {
	const [row] = periodRows([{ ...period, returnId: 3, state: 'submitted', late: true }], 'council', start)
	expect(row?.[0]).toEqual({
		html: 'H1 2025/26<br><span class="govuk-body-s">1 April 2025 to 30 September 2025</span>',
	})
	expect(row?.[1]).toEqual({ html: '31 October 2025' })
	expect(row?.[2]).toEqual({ html: '<strong class="govuk-tag govuk-tag--light-blue">Submitted</strong> Late' })
	expect(row?.[3]).toEqual({
		html: '<a class="govuk-link" href="/manage/returns/3">Review<span class="govuk-visually-hidden"> the H1 2025/26 return</span></a>',
	})
})

test('a return still to be filed says its days to go or late beneath its due date', () => {
	expect(periodRows([{ ...period, timing: '2 days late' }], 'supplier', start)[0]?.[1]).toEqual({
		html: '31 October 2025<br><span class="govuk-body-s">2 days late</span>',
	})
})

test('the supplier opens a return it has, starts one once the period has ended, and waits for one still running', () => {
	const action = (row: PeriodRow) => periodRows([row], 'supplier', start)[0]?.[3]
	expect(action({ ...period, returnId: 3, state: 'returned' })?.html).toContain('href="/returns/3">Open<')
	expect(action(period)).toEqual({ children: 'start button' })
	expect(action({ ...period, state: 'upcoming' })).toEqual({})
})

test('the council has nothing to review until a return is sent', () => {
	expect(periodRows([{ ...period, returnId: 3, state: 'overdue' }], 'council', start)[0]?.[3]).toEqual({})
	expect(periodRows([period], 'public', start)[0]?.[3]).toEqual({})
})

test('a return brought in by a bulk import says so beside its status', () => {
	expect(periodRows([{ ...period, returnId: 3, state: 'approved', imported: true }], 'council', start)[0]?.[2]).toEqual(
		{
			html: '<strong class="govuk-tag govuk-tag--green">Approved</strong> <strong class="govuk-tag govuk-tag--grey">Imported</strong>',
		},
	)
})

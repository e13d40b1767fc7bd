import { expect, test } from 'vitest'
import { hoursLine } from '#tests/matrix-fixture.ts'
import { STARTING_CATALOGUE, unitFor } from '../toms/units.ts'
import { lineEntry, lineFormSchema, lineFormValues } from './line-form.ts'

const hours = unitFor(STARTING_CATALOGUE, 'hours')
const numeric = { qualitative: false, quantityUnit: hours }

function read(values: Record<string, unknown>, measure = numeric) {
	const parsed = lineFormSchema(measure).safeParse(values)
	return parsed.success ? { ok: true as const, entry: lineEntry(parsed.data) } : { ok: false as const }
}

/** Each problem by the field it is on, as the form names them. */
function errors(values: Record<string, unknown>, measure = numeric) {
	const parsed = lineFormSchema(measure).safeParse(values)
	if (parsed.success) return {}
	return Object.fromEntries(
		parsed.error.issues.map((issue) => [
			issue.path
				.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i ? '.' : ''}${String(segment)}`))
				.join(''),
			issue.message,
		]),
	)
}

test('a well-formed line is read, milestones in date order and blank rows ignored', () => {
	expect(
		read({
			quantity: '1,200.5',
			milestones: [
				{ date: { day: '31', month: '3', year: '2029' }, cumulative: '1200.5' },
				{ date: { day: ' 31 ', month: 'Mar', year: '2028' }, cumulative: '600' },
				{ date: { day: '', month: '', year: '' }, cumulative: '' },
				undefined,
			],
			responsibleName: ' Jo ',
			responsibleRole: 'Lead',
			responsibleEmail: 'jo@a.example',
			methodStatement: 'We will.',
		}),
	).toEqual({
		ok: true,
		entry: {
			declined: false,
			declineReason: '',
			quantityHundredths: 120050,
			commitmentText: '',
			milestones: [
				{ date: '2028-03-31', cumulativeHundredths: 60000 },
				{ date: '2029-03-31', cumulativeHundredths: 120050 },
			],
			responsibleName: 'Jo',
			responsibleRole: 'Lead',
			responsibleEmail: 'jo@a.example',
			methodStatement: 'We will.',
		},
	})
})

test('an empty form is a valid (empty) draft', () => {
	expect(read({})).toMatchObject({ ok: true, entry: { quantityHundredths: null, milestones: [] } })
})

test('malformed answers are errors on the fields to highlight, each milestone named by its row', () => {
	expect(
		errors({
			quantity: 'lots',
			milestones: [
				{ date: { day: '30', month: '2', year: '2028' }, cumulative: '-3' },
				{ date: { day: '31', year: '2028' }, cumulative: '5' },
				{ cumulative: '6' },
			],
			responsibleEmail: 'nope',
			methodStatement: 'x'.repeat(5001),
		}),
	).toEqual({
		quantity: 'Quantity must be a number, like 250 or 12.5',
		// A date's error is on each of its fields to highlight: all three for a day the month does not have.
		'milestones[0].date.day': 'Milestone 1 date must be a real date',
		'milestones[0].date.month': 'Milestone 1 date must be a real date',
		'milestones[0].date.year': 'Milestone 1 date must be a real date',
		'milestones[0].cumulative': 'Running total for milestone 1 must be 0 or more',
		'milestones[1].date.month': 'Milestone 2 date must include a month',
		'milestones[2].date.day': 'Enter the date of milestone 3',
		'milestones[2].date.month': 'Enter the date of milestone 3',
		'milestones[2].date.year': 'Enter the date of milestone 3',
		responsibleEmail: 'Enter an email address in the correct format, like name@example.com',
		methodStatement: 'Method statement must be 5,000 characters or fewer',
	})
	expect(errors({ milestones: [{ date: { day: '1', month: '4', year: '2028' } }] })).toEqual({
		'milestones[0].cumulative': 'Enter the running total for milestone 1',
	})
})

test('declining needs a reason, told together with any other problem', () => {
	expect(errors({ declined: 'yes' })).toEqual({ declineReason: 'Enter why you are not committing to this measure' })
	expect(errors({ declined: 'yes', quantity: '-1' })).toEqual({
		quantity: 'Quantity must be 0 or more',
		declineReason: 'Enter why you are not committing to this measure',
	})
	expect(read({ declined: 'yes', declineReason: ' No accountants ' })).toMatchObject({
		ok: true,
		entry: { declined: true, declineReason: 'No accountants' },
	})
	// A reason without the box ticked is not kept.
	expect(read({ declineReason: 'Changed our mind' })).toMatchObject({ ok: true, entry: { declineReason: '' } })
})

test('a qualitative line keeps words, not numbers; a numeric line the reverse', () => {
	const qualitative = { qualitative: true, quantityUnit: unitFor(STARTING_CATALOGUE, 'text') }
	expect(
		read({ commitmentText: 'A reading club', quantity: '5', milestones: [{ cumulative: 'x' }] }, qualitative),
	).toMatchObject({
		ok: true,
		entry: { commitmentText: 'A reading club', quantityHundredths: null, milestones: [] },
	})
	expect(read({ commitmentText: 'A reading club', quantity: '5' })).toMatchObject({
		ok: true,
		entry: { commitmentText: '', quantityHundredths: 500 },
	})
})

test('text is cut to its longest before it is kept; more than 20 milestone rows is refused', () => {
	expect(read({ responsibleName: 'x'.repeat(300) })).toMatchObject({
		ok: true,
		entry: { responsibleName: 'x'.repeat(200) },
	})
	expect(errors({ milestones: Array.from({ length: 21 }, () => undefined) })).toEqual({
		milestones: 'A line can have at most 20 milestones',
	})
})

test('a stored line is shown as it would be typed, and reads back the same', () => {
	const entry = {
		...hoursLine,
		quantityHundredths: 120050,
		milestones: [{ date: '2029-03-31', cumulativeHundredths: 120050 }],
	}
	const values = lineFormValues(entry)
	expect(values).toMatchObject({
		declined: '',
		quantity: '1200.5',
		milestones: [{ date: { day: '31', month: '3', year: '2029' }, cumulative: '1200.5' }],
	})
	expect(read(values)).toEqual({ ok: true, entry })
})

test('a quantity fits its unit: a count is whole, a percentage at most 100, money may carry £', () => {
	const visits = { qualitative: false, quantityUnit: unitFor(STARTING_CATALOGUE, 'visits') }
	expect(errors({ quantity: '2.5' }, visits)).toEqual({ quantity: 'Quantity must be a whole number of visits' })
	expect(
		errors(
			{ quantity: '3', milestones: [{ date: { day: '1', month: '4', year: '2028' }, cumulative: '1.5' }] },
			visits,
		),
	).toEqual({
		'milestones[0].cumulative': 'Running total for milestone 1 must be a whole number of visits',
	})
	const percent = { qualitative: false, quantityUnit: unitFor(STARTING_CATALOGUE, 'percent') }
	expect(errors({ quantity: '100.5' }, percent)).toEqual({ quantity: 'Quantity must be 100% or less' })
	expect(read({ quantity: '12.5%' }, percent)).toMatchObject({ ok: true, entry: { quantityHundredths: 1250 } })
	const pounds = { qualitative: false, quantityUnit: unitFor(STARTING_CATALOGUE, 'pounds') }
	expect(read({ quantity: '£1,250.50' }, pounds)).toMatchObject({ ok: true, entry: { quantityHundredths: 125050 } })
	expect(read({ quantity: '£1,250.50' }, numeric)).toMatchObject({ ok: false })
})

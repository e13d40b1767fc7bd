import { expect, test } from 'vitest'
import { parseLineForm } from './line-form.ts'

function form(values: Record<string, string>) {
	const data = new FormData()
	for (const [key, value] of Object.entries(values)) data.set(key, value)
	return data
}

test('a well-formed line is read, milestones in date order and blank rows ignored', () => {
	const result = parseLineForm(
		form({
			quantity: '1,200.5',
			'milestone-0-date.day': '31',
			'milestone-0-date.month': '3',
			'milestone-0-date.year': '2029',
			'milestone-0-cumulative': '1200.5',
			'milestone-1-date.day': ' 31 ',
			'milestone-1-date.month': 'Mar',
			'milestone-1-date.year': '2028',
			'milestone-1-cumulative': '600',
			'milestone-2-date.day': '',
			'milestone-2-date.month': '',
			'milestone-2-date.year': '',
			'milestone-2-cumulative': '',
			responsibleName: ' Jo ',
			responsibleRole: 'Lead',
			responsibleEmail: 'jo@a.example',
			methodStatement: 'We will.',
		}),
		{ qualitative: false },
	)
	expect(result).toEqual({
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
	expect(parseLineForm(form({}), { qualitative: false }).ok).toBe(true)
})

test('malformed answers are errors, keyed by field, with what was typed kept', () => {
	const result = parseLineForm(
		form({
			quantity: 'lots',
			'milestone-0-date.day': '30',
			'milestone-0-date.month': '2',
			'milestone-0-date.year': '2028',
			'milestone-0-cumulative': '-3',
			'milestone-1-date.day': '31',
			'milestone-1-date.year': '2028',
			'milestone-1-cumulative': '5',
			'milestone-2-cumulative': '6',
			responsibleEmail: 'nope',
			methodStatement: 'x'.repeat(5001),
		}),
		{ qualitative: false },
	)
	expect(result.ok).toBe(false)
	if (result.ok) return
	expect(result.errors).toEqual({
		quantity: 'Quantity must be a number, like 250 or 12.5',
		// A date's error is on each of its fields to highlight: all three for a day the month does not have.
		'milestone-0-date.day': 'Milestone 1 date must be a real date',
		'milestone-0-date.month': 'Milestone 1 date must be a real date',
		'milestone-0-date.year': 'Milestone 1 date must be a real date',
		'milestone-0-cumulative': 'Running total for milestone 1 must be 0 or more',
		'milestone-1-date.month': 'Milestone 2 date must include a month',
		'milestone-2-date.day': 'Enter the date of milestone 3',
		'milestone-2-date.month': 'Enter the date of milestone 3',
		'milestone-2-date.year': 'Enter the date of milestone 3',
		responsibleEmail: 'Enter an email address in the correct format, like name@example.com',
		methodStatement: 'Method statement must be 5,000 characters or fewer',
	})
	expect(result.values.quantity).toBe('lots')
	expect(result.values['milestone-1-date.day']).toBe('31')
})

test('declining needs a reason; a qualitative line keeps words, not numbers', () => {
	expect(parseLineForm(form({ declined: 'yes' }), { qualitative: false })).toMatchObject({
		ok: false,
		errors: { declineReason: 'Enter why you are not committing to this measure' },
	})
	const qualitative = parseLineForm(form({ commitmentText: 'A reading club', quantity: '5' }), { qualitative: true })
	expect(qualitative).toMatchObject({ ok: true, entry: { commitmentText: 'A reading club', quantityHundredths: null } })
})

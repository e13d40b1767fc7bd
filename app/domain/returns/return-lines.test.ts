import { parseWithZod } from '@conform-to/zod/v4'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { STARTING_CATALOGUE, unitFor } from '../toms/units.ts'
import { returnLineEntry, returnLineFields, returnLineProblems } from './return-lines.ts'

function form(fields: Record<string, string>) {
	const data = new FormData()
	for (const [key, value] of Object.entries(fields)) data.set(key, value)
	return data
}

/** The form as the page's action reads it: the answer, or each field's first error. */
function parseReturnLineForm(data: FormData, { qualitative }: { qualitative: boolean }, unitKey = 'hours') {
	const quantityUnit = unitFor(STARTING_CATALOGUE, qualitative ? 'text' : unitKey)
	const submission = parseWithZod(data, { schema: z.object(returnLineFields({ qualitative, quantityUnit })) })
	if (submission.status === 'success') return { ok: true as const, entry: returnLineEntry(submission.value) }
	return {
		ok: false as const,
		errors: Object.fromEntries(Object.entries(submission.error ?? {}).map(([name, messages]) => [name, messages?.[0]])),
	}
}

test('a complete numeric answer becomes hundredths, with status, narrative and publication choice', () => {
	const parsed = parseReturnLineForm(
		form({ delivered: '1,250.5', milestoneStatus: 'on_track', narrative: ' Two new starters ', mayPublish: 'yes' }),
		{ qualitative: false },
	)
	expect(parsed).toEqual({
		ok: true,
		entry: {
			deliveredHundredths: 125_050,
			deliveredText: '',
			milestoneStatus: 'on_track',
			narrative: 'Two new starters',
			mayPublish: true,
		},
	})
	if (parsed.ok) expect(returnLineProblems(parsed.entry, { qualitative: false })).toEqual([])
})

test('malformed answers are errors', () => {
	const parsed = parseReturnLineForm(
		form({ delivered: '-3', milestoneStatus: 'finished', narrative: 'x'.repeat(5001) }),
		{ qualitative: false },
	)
	expect(parsed).toMatchObject({
		ok: false,
		errors: {
			delivered: 'Quantity delivered must be 0 or more',
			milestoneStatus: 'Select how the milestones stand',
			narrative: 'What happened must be 5,000 characters or fewer',
		},
	})
	expect(parseReturnLineForm(form({ delivered: '1.234' }), { qualitative: false })).toMatchObject({
		errors: { delivered: 'Quantity delivered must have no more than 2 decimal places' },
	})
})

test('a half-filled draft is fine; a submission needs the quantity (0 counts) and the milestone status', () => {
	const draft = parseReturnLineForm(form({ narrative: 'Started recruiting' }), { qualitative: false })
	if (!draft.ok) throw new Error('draft refused')
	expect(returnLineProblems(draft.entry, { qualitative: false })).toEqual([
		'Enter the quantity delivered in the period, 0 if none',
		'Select how the milestones stand',
	])
	const zero = parseReturnLineForm(form({ delivered: '0', milestoneStatus: 'not_started' }), { qualitative: false })
	if (!zero.ok) throw new Error('zero refused')
	expect(returnLineProblems(zero.entry, { qualitative: false })).toEqual([])
	expect(returnLineProblems(null, { qualitative: true })).toEqual([
		'Say what you delivered in the period',
		'Select how the milestones stand',
	])
})

test('a qualitative commitment takes words, never a number', () => {
	const parsed = parseReturnLineForm(
		form({ delivered: '12', deliveredText: 'Plan agreed with the council', milestoneStatus: 'met' }),
		{ qualitative: true },
	)
	expect(parsed).toMatchObject({
		ok: true,
		entry: { deliveredHundredths: null, deliveredText: 'Plan agreed with the council' },
	})
})

test('blank fields are a draft’s empty answers, and an unticked box says no', () => {
	expect(parseReturnLineForm(form({ delivered: '  ', narrative: '' }), { qualitative: false })).toEqual({
		ok: true,
		entry: { deliveredHundredths: null, deliveredText: '', milestoneStatus: null, narrative: '', mayPublish: false },
	})
	expect(parseReturnLineForm(form({ deliveredText: 'x'.repeat(2001) }), { qualitative: true })).toEqual({
		ok: false,
		errors: { deliveredText: 'What you delivered must be 2,000 characters or fewer' },
	})
})

test('a delivered quantity fits the commitment’s unit', () => {
	expect(parseReturnLineForm(form({ delivered: '2.5' }), { qualitative: false }, 'employees')).toMatchObject({
		ok: false,
		errors: { delivered: 'Quantity delivered must be a whole number of employees' },
	})
	expect(parseReturnLineForm(form({ delivered: '£1,000' }), { qualitative: false }, 'pounds')).toMatchObject({
		ok: true,
		entry: { deliveredHundredths: 100000 },
	})
})

import { expect, test } from 'vitest'
import { StartAssessmentSchema, newAssessmentDefaults } from './start-form.ts'

const valid = { title: '  Annual review  ', assessedOn: { day: '31', month: '3', year: '2027' } }

function errorsOf(input: unknown) {
	const result = StartAssessmentSchema.safeParse(input)
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

test('a named assessment of a real day starts, its name trimmed and its date a calendar date', () => {
	expect(StartAssessmentSchema.parse(valid)).toEqual({ title: 'Annual review', assessedOn: '2027-03-31' })
})

test('the name is required and at most 120 characters', () => {
	expect(errorsOf({ ...valid, title: '   ' })).toEqual({ title: 'Enter a name for the assessment' })
	expect(errorsOf({ ...valid, title: undefined })).toEqual({ title: 'Enter a name for the assessment' })
	expect(errorsOf({ ...valid, title: 'x'.repeat(121) })).toEqual({ title: 'Name must be 120 characters or fewer' })
	expect(errorsOf({ ...valid, title: 'x'.repeat(120) })).toEqual({})
})

test('the date is required and must be real, with the GOV.UK messages on the fields to highlight', () => {
	expect(errorsOf({ ...valid, assessedOn: { day: '', month: '', year: '' } })).toEqual({
		'assessedOn.day': 'Enter the date of the assessment',
		'assessedOn.month': 'Enter the date of the assessment',
		'assessedOn.year': 'Enter the date of the assessment',
	})
	expect(errorsOf({ ...valid, assessedOn: { day: '31', month: '4', year: '2027' } })).toMatchObject({
		'assessedOn.day': 'Date of the assessment must be a real date',
	})
	expect(errorsOf({ ...valid, assessedOn: { day: '1', month: '4', year: '' } })).toEqual({
		'assessedOn.year': 'Date of the assessment must include a year',
	})
})

test('the form offers an assessment of today, named after it', () => {
	expect(newAssessmentDefaults('2027-04-01')).toEqual({
		title: 'Self-assessment 1 April 2027',
		assessedOn: { day: '1', month: '4', year: '2027' },
	})
})

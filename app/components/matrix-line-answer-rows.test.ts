import { expect, test } from 'vitest'
import { hoursLine, textLine } from '#tests/matrix-fixture.ts'
import { matrixLineAnswerRows } from './matrix-line-answer-rows.ts'
import { STARTING_CATALOGUE, unitFor } from '#app/domain/toms/units.ts'

const hours = unitFor(STARTING_CATALOGUE, 'hours')
const words = unitFor(STARTING_CATALOGUE, 'text')

const entry = hoursLine

test('a numeric line: quantity, value, milestones by date, who is responsible and how', () => {
	expect(
		matrixLineAnswerRows({ measure: { qualitative: false, quantityUnit: hours }, entry, valuePence: 2_020_000 }),
	).toEqual([
		['Quantity', '200 hours'],
		['Social value', '£20,200.00'],
		['Milestones', '31 March 2028: 100 hours; 31 March 2029: 200 hours'],
		['Responsible', 'Jo, Lead, jo@a.example'],
		['Method statement', 'Staff volunteer at the library.'],
	])
})

test('a qualitative line gives its words; what was left out says so', () => {
	expect(
		matrixLineAnswerRows({
			measure: { qualitative: true, quantityUnit: words },
			entry: { ...textLine, responsibleName: '', responsibleRole: '', responsibleEmail: '', methodStatement: '' },
			valuePence: null,
		}),
	).toEqual([
		['Commitment', 'A reading club every month'],
		['Social value', 'None (record only or qualitative)'],
		['Milestones', 'None'],
		['Responsible', 'Not given'],
		['Method statement', 'Not given'],
	])
	expect(
		matrixLineAnswerRows({
			measure: { qualitative: false, quantityUnit: hours },
			entry: { ...entry, quantityHundredths: null },
			valuePence: null,
		})[0],
	).toEqual(['Quantity', 'Not given'])
})

test('a line not started, and one declined with its reason', () => {
	expect(
		matrixLineAnswerRows({ measure: { qualitative: false, quantityUnit: hours }, entry: null, valuePence: null }),
	).toEqual([['Answer', 'Not started']])
	expect(
		matrixLineAnswerRows({
			measure: { qualitative: false, quantityUnit: hours },
			entry: { ...entry, declined: true, declineReason: 'We have no accountants' },
			valuePence: null,
		}),
	).toEqual([['Not committing', 'We have no accountants']])
})

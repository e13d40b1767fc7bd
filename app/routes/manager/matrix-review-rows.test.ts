import { expect, test } from 'vitest'
import { hoursLine } from '#tests/matrix-fixture.ts'
import { matrixLineRows } from './matrix-review-rows.ts'
import { STARTING_CATALOGUE, unitFor } from '#app/domain/toms/units.ts'

const hours = unitFor(STARTING_CATALOGUE, 'hours')
const words = unitFor(STARTING_CATALOGUE, 'text')

const entry = { ...hoursLine, responsibleRole: '', methodStatement: 'Staff volunteer\nat the library.' }

const pairs = (rows: ReturnType<typeof matrixLineRows>) => rows.map((r) => [r.key.text, r.value.text])

test('a numeric line reads its quantity, value, milestones, who is responsible and how, keeping the lines written', () => {
	const rows = matrixLineRows({ measure: { qualitative: false, quantityUnit: hours }, entry, valuePence: 3_386_00 })
	expect(pairs(rows)).toEqual([
		['Quantity', '200 hours'],
		['Social value', '£3,386.00'],
		['Milestones', '31 March 2028: 100 hours; 31 March 2029: 200 hours'],
		['Responsible', 'Jo, jo@a.example'],
		['Method statement', 'Staff volunteer\nat the library.'],
	])
	expect(rows.every((r) => r.value.classes === 'app-preserve-lines')).toBe(true)
})

test('a qualitative line reads its commitment in words, with no £ value', () => {
	const rows = matrixLineRows({
		measure: { qualitative: true, quantityUnit: words },
		entry: { ...entry, commitmentText: 'A reading club', milestones: [] },
		valuePence: null,
	})
	expect(pairs(rows).slice(0, 3)).toEqual([
		['Commitment', 'A reading club'],
		['Social value', 'None (record only or qualitative)'],
		['Milestones', 'None'],
	])
})

test('a line not answered, or declined with a reason, says so', () => {
	expect(
		pairs(matrixLineRows({ measure: { qualitative: false, quantityUnit: hours }, entry: null, valuePence: null })),
	).toEqual([['Answer', 'Not answered']])
	const declined = { ...entry, declined: true, declineReason: 'We have no apprentices' }
	expect(
		pairs(matrixLineRows({ measure: { qualitative: false, quantityUnit: hours }, entry: declined, valuePence: null })),
	).toEqual([['Not committing', 'We have no apprentices']])
})

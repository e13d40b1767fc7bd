import { describe, expect, test } from 'vitest'
import { lineProblems, lineStatus, milestoneProblems, type LineEntry } from './matrix-lines.ts'

const term = { start: '2027-04-01', end: '2030-03-31' }

const complete: LineEntry = {
	declined: false,
	declineReason: '',
	quantityHundredths: 300_00,
	commitmentText: '',
	milestones: [
		{ date: '2028-03-31', cumulativeHundredths: 100_00 },
		{ date: '2030-03-31', cumulativeHundredths: 300_00 },
	],
	responsibleName: 'Jo Baker',
	responsibleRole: 'Community lead',
	responsibleEmail: 'jo@brightstart.example',
	methodStatement: 'We will work with the local job centre.',
}

describe('milestones', () => {
	test('a sound plan has no problems', () => {
		expect(milestoneProblems(complete.milestones, 300_00, term)).toEqual([])
	})
	test('every rule', () => {
		expect(milestoneProblems([], 100, term)).toEqual([{ field: 'milestones', message: 'Add at least one milestone' }])
		expect(
			milestoneProblems(
				[
					{ date: '2027-03-31', cumulativeHundredths: 100 },
					{ date: '2027-03-01', cumulativeHundredths: 50 },
					{ date: '2031-01-01', cumulativeHundredths: 60 },
					{ date: '2027-02-30', cumulativeHundredths: 70 },
				],
				100,
				term,
			).map((p) => p.message),
		).toEqual([
			'Milestone 1 must be within the contract term',
			'Milestone 2 must be within the contract term',
			'Milestone 2 must be after milestone 1',
			'Milestone 2 must be more than milestone 1: targets are running totals',
			'Milestone 3 must be within the contract term',
			'Milestone 4 must have a real date',
			'The last milestone must equal the total you commit to',
		])
	})
})

describe('lines', () => {
	test('a complete numeric line', () => {
		expect(lineProblems(complete, { qualitative: false }, term)).toEqual([])
		expect(lineStatus(complete, { qualitative: false }, term)).toBe('completed')
	})
	test('a qualitative line needs words instead of a quantity and milestones', () => {
		const line = {
			...complete,
			quantityHundredths: null,
			milestones: [],
			commitmentText: 'A supply chain audit every year',
		}
		expect(lineProblems(line, { qualitative: true }, term)).toEqual([])
	})
	test('a declined line needs only a reason', () => {
		const line = { ...complete, declined: true, declineReason: '' }
		expect(lineProblems(line, { qualitative: false }, term)).toEqual([
			{ field: 'declineReason', message: 'Enter why you are not committing to this measure' },
		])
		expect(lineProblems({ ...line, declineReason: 'We have no vehicles' }, { qualitative: false }, term)).toEqual([])
	})
	test('a half-filled line is in progress, an untouched one not started', () => {
		const half = { ...complete, methodStatement: '', responsibleEmail: 'not an email' }
		expect(lineProblems(half, { qualitative: false }, term).map((p) => p.field)).toEqual([
			'responsibleEmail',
			'methodStatement',
		])
		expect(lineStatus(half, { qualitative: false }, term)).toBe('in_progress')
		expect(lineStatus(null, { qualitative: false }, term)).toBe('not_started')
	})
	test('method statements are at most 5,000 characters', () => {
		expect(lineProblems({ ...complete, methodStatement: 'x'.repeat(5001) }, { qualitative: false }, term)).toEqual([
			{ field: 'methodStatement', message: 'Method statement must be 5,000 characters or fewer' },
		])
	})
})

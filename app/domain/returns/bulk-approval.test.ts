import { expect, test } from 'vitest'
import {
	approveButtonText,
	approvedMessage,
	blockersPhrase,
	bulkApprovalBlockers,
	type BulkApprovalFigures,
	type BulkApprovalLine,
} from './bulk-approval.ts'

const thresholds = { greenPercent: 90, amberPercent: 60 }

// 100 hours by the end of March 2028, from a start on 1 April 2027: by the end of September
// 2027 (182 of 365 days) about 49.86 hours are expected.
const hours = (delivered: number, evidenceFiles = 1, before = 0): BulkApprovalLine => ({
	committedHundredths: 200_00,
	milestones: [{ date: '2028-03-31', cumulativeHundredths: 100_00 }],
	approvedBeforeHundredths: before * 100,
	deliveredHundredths: delivered * 100,
	deliveredText: '',
	evidenceFiles,
})
const words = (text: string, evidenceFiles = 1): BulkApprovalLine => ({
	committedHundredths: null,
	milestones: [],
	approvedBeforeHundredths: 0,
	deliveredHundredths: null,
	deliveredText: text,
	evidenceFiles,
})
const figures = (lines: BulkApprovalLine[], nil = false): BulkApprovalFigures => ({
	nil,
	contractStart: '2027-04-01',
	periodEnd: '2027-09-30',
	lines,
})

test('a return whose every line is on or ahead of plan, each delivery with evidence, can be approved with others', () => {
	expect(bulkApprovalBlockers(figures([hours(50), words('Reading club ran monthly')]), thresholds)).toEqual([])
	expect(bulkApprovalBlockers(figures([hours(120)]), thresholds)).toEqual([])
	// Green starts at 90% of what is expected: 45 of 49.86 hours is 90%.
	expect(bulkApprovalBlockers(figures([hours(45)]), thresholds)).toEqual([])
})

test('what approved returns delivered before counts towards the plan, as on the review page', () => {
	expect(bulkApprovalBlockers(figures([hours(10, 1, 40)]), thresholds)).toEqual([])
})

test('a line amber or red is behind plan, and the reason counts the lines', () => {
	expect(bulkApprovalBlockers(figures([hours(44)]), thresholds)).toEqual(['1 line behind plan'])
	expect(bulkApprovalBlockers(figures([hours(44), hours(5)]), thresholds)).toEqual(['2 lines behind plan'])
})

test('a line that reports delivery without a file is missing evidence; a line delivering nothing needs none', () => {
	expect(bulkApprovalBlockers(figures([hours(60, 0), words('Club ran', 0)]), thresholds)).toEqual([
		'Evidence missing on 2 lines',
	])
	// Nothing was expected yet, so nothing delivered is on plan, and there is nothing to prove.
	const notStarted = { ...figures([hours(0, 0)]), periodEnd: '2027-04-01' }
	expect(bulkApprovalBlockers(notStarted, thresholds)).toEqual([])
	expect(bulkApprovalBlockers(figures([words('  ', 0)]), thresholds)).toEqual([])
})

test('both reasons are given together', () => {
	expect(bulkApprovalBlockers(figures([hours(10, 0)]), thresholds)).toEqual([
		'1 line behind plan',
		'Evidence missing on 1 line',
	])
	expect(blockersPhrase(['1 line behind plan', 'Evidence missing on 1 line'])).toBe(
		'1 line behind plan and evidence missing on 1 line',
	)
	expect(blockersPhrase(['Nil return'])).toBe('Nil return')
})

test('a nil return is never approved with others: a person reads why nothing was delivered', () => {
	expect(bulkApprovalBlockers(figures([hours(0, 0)], true), thresholds)).toEqual(['Nil return'])
})

test('the council’s own thresholds decide what is on plan', () => {
	expect(bulkApprovalBlockers(figures([hours(44)]), { greenPercent: 80, amberPercent: 50 })).toEqual([])
})

test('the button and the result say how many', () => {
	expect(approveButtonText(1)).toBe('Approve 1 return')
	expect(approveButtonText(3)).toBe('Approve 3 returns')
	expect(approvedMessage(1)).toBe('1 return approved. The supplier has been told by email.')
	expect(approvedMessage(3)).toBe('3 returns approved. The suppliers have been told by email.')
})

import { z } from 'zod'
import { countOf, pluralWord } from '../plural.ts'
import { behindPlan, returnLineStanding, type Milestone, type RagThresholds } from './progress.ts'

/**
 * Which submitted returns a contract manager may approve several at once, without opening
 * each: those that leave every commitment on plan and back every delivery with evidence.
 * Anything else needs a person to read it on its own page.
 */

/** One commitment of the contract, as the return reports it. */
export type BulkApprovalLine = {
	/** Null for a commitment described in words. */
	committedHundredths: number | null
	milestones: Milestone[]
	approvedBeforeHundredths: number
	/** What this return says was delivered in its period: a number, or words. */
	deliveredHundredths: number | null
	deliveredText: string
	evidenceFiles: number
}

export type BulkApprovalFigures = {
	nil: boolean
	contractStart: string
	periodEnd: string
	lines: BulkApprovalLine[]
}

/** The most returns one confirmation approves: a page a person can still read through. */
export const BULK_APPROVAL_MAX = 200

/** A return chosen at the version the person saw: approving it is refused if it has changed since. */
export type ReturnChoice = { returnId: number; version: number }

export const NOTHING_CHOSEN = 'Select the returns to approve'

/** "12:3" is return 12 as it was at version 3: what a checkbox sends. */
const returnChoice = z
	.string()
	.regex(/^[1-9]\d{0,14}:[1-9]\d{0,14}$/, 'Choose returns from the list')
	.transform((text): ReturnChoice => {
		const [returnId, version] = text.split(':').map(Number)
		return { returnId: returnId!, version: version! }
	})

/** The returns chosen, each once: the field every page of bulk approval sends. */
export const ReturnChoicesSchema = z
	.array(returnChoice, { error: NOTHING_CHOSEN })
	.min(1, NOTHING_CHOSEN)
	.max(BULK_APPROVAL_MAX, `Select ${countOf(BULK_APPROVAL_MAX, 'return')} or fewer`)
	.refine((choices) => new Set(choices.map((c) => c.returnId)).size === choices.length, 'Select each return once')

/** The value of a return's checkbox. */
export function choiceValue(choice: ReturnChoice): string {
	return `${choice.returnId}:${choice.version}`
}

/** A line that says something was delivered needs a file to prove it; a line delivering nothing does not. */
export function reportsDelivery(
	line: Pick<BulkApprovalLine, 'committedHundredths' | 'deliveredHundredths' | 'deliveredText'>,
) {
	return line.committedHundredths === null ? line.deliveredText.trim() !== '' : (line.deliveredHundredths ?? 0) > 0
}

/**
 * Why a return cannot be approved with others, shortest first; none when it can. A nil
 * return never can: it delivers nothing, and its reason is for a person to weigh.
 */
export function bulkApprovalBlockers(figures: BulkApprovalFigures, thresholds: RagThresholds): string[] {
	if (figures.nil) return ['Nil return']
	const behind = figures.lines.filter(
		(line) =>
			line.committedHundredths !== null &&
			behindPlan(
				returnLineStanding(
					{
						committedHundredths: line.committedHundredths,
						milestones: line.milestones,
						contractStart: figures.contractStart,
						periodEnd: figures.periodEnd,
						approvedBeforeHundredths: line.approvedBeforeHundredths,
						thisReturnHundredths: line.deliveredHundredths ?? 0,
					},
					thresholds,
				).rag,
			),
	).length
	const unproven = figures.lines.filter((line) => reportsDelivery(line) && line.evidenceFiles === 0).length
	return [
		behind > 0 ? `${countOf(behind, 'line')} behind plan` : null,
		unproven > 0 ? `Evidence missing on ${countOf(unproven, 'line')}` : null,
	].filter((reason) => reason !== null)
}

/** "Nil return", "2 lines behind plan and evidence missing on 1 line": the reasons as one phrase. */
export function blockersPhrase(blockers: string[]): string {
	const [first = '', ...rest] = blockers
	return [first, ...rest.map((reason) => reason.charAt(0).toLowerCase() + reason.slice(1))].join(' and ')
}

/** "Approve 3 returns": the confirming button says how many. */
export function approveButtonText(count: number): string {
	return `Approve ${countOf(count, 'return')}`
}

/** "3 returns approved. The suppliers have been told by email." */
export function approvedMessage(count: number): string {
	return `${countOf(count, 'return')} approved. ${pluralWord(count, 'The supplier has', 'The suppliers have')} been told by email.`
}

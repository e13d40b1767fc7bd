import { matrixStatusLabels, transition, type MatrixStatus } from './matrix-state.ts'

/**
 * A bidder's matrix the contract manager enters from a tender run in another system
 * (docs/decisions/024-bids-received-elsewhere.md):
 * - create: the bidder has no matrix for this tender yet; it is entered as submitted;
 * - replace: its lines are replaced while the matrix is still submitted, before review starts;
 * - resubmit: changes were asked of it, nobody has claimed the bidder's organisation in the
 *   portal, and the time for changes is open: the corrected file resubmits it on the bidder's behalf.
 */
export type EntryStep = 'create' | 'replace' | 'resubmit'

export type EntryFacts = {
	tender: { status: string; bidding: string; deadlineAt: number }
	/** Whether a contract has been awarded from this tender. */
	awarded: boolean
	/** The bidder's matrix for this tender, if it has one. */
	matrix: { status: MatrixStatus; clarificationDueAt: number | null } | null
	/** Whether someone from the bidder's organisation has an active account here. */
	bidderClaimed: boolean
	now: number
}

export const PORTAL_TENDER =
	'Bids for this tender are made in this portal: each supplier submits its own matrix, nobody enters it for them'

/** What the tender allows, whoever the bidder: null when bids may be entered for it. */
export function tenderEntryRefusal(facts: Pick<EntryFacts, 'tender' | 'awarded'>): string | null {
	const { tender } = facts
	if (tender.bidding === 'portal') return PORTAL_TENDER
	if (tender.bidding !== 'elsewhere') return 'This tender takes no bids'
	if (tender.status === 'draft') return 'Publish the tender before entering bidders’ matrices'
	if (tender.status === 'cancelled') return 'This tender is cancelled: no bids can be entered'
	if (facts.awarded) return 'This tender has been awarded: no more bids can be entered'
	return null
}

/** Whether and how a bidder's matrix may be entered now. */
export function entryStep(facts: EntryFacts): { ok: true; step: EntryStep } | { ok: false; message: string } {
	const refusal = tenderEntryRefusal(facts)
	if (refusal) return { ok: false, message: refusal }
	const { matrix } = facts
	if (matrix === null) return { ok: true, step: 'create' }
	if (matrix.status === 'submitted') return { ok: true, step: 'replace' }
	if (matrix.status === 'changes_requested') {
		if (facts.bidderClaimed)
			return {
				ok: false,
				message:
					'Someone from this bidder has claimed their organisation in the portal: they make the changes themselves',
			}
		const resubmit = transition(matrix.status, 'resubmit', {
			actor: 'supplier',
			now: facts.now,
			deadlineAt: facts.tender.deadlineAt,
			clarificationDueAt: matrix.clarificationDueAt,
		})
		return resubmit.ok ? { ok: true, step: 'resubmit' } : { ok: false, message: resubmit.reason }
	}
	return {
		ok: false,
		message: `This bidder’s matrix is ${matrixStatusLabels[matrix.status].toLowerCase()}: it can no longer be replaced`,
	}
}

/** What the matrix's history says of an entry: who entered it, for whom. */
export function entryNote(step: EntryStep, officer: string, bidder: string): string {
	const who = `Entered by ${officer} for ${bidder}`
	if (step === 'replace') return `${who}, replacing the matrix entered before`
	if (step === 'resubmit') return `${who}: the corrected matrix`
	return who
}

import type { TenderStatus } from '#db/schema.ts'
import { formatDateTime } from '../dates.ts'
import { tenderState } from '../tenders/tender-state.ts'
import { transition, type MatrixStatus } from './matrix-state.ts'

/**
 * What happens next to a matrix just submitted or resubmitted, as true at `now`: whether it
 * can still be withdrawn depends on the deadline, and a resubmission comes after it.
 */
export function afterSubmission(
	matrix: { status: MatrixStatus },
	tender: { status: TenderStatus; deadlineAt: number },
	now: number,
): string[] {
	const deadline = formatDateTime(tender.deadlineAt)
	if (tenderState(tender, now) === 'cancelled')
		return ['The council has cancelled this tender, so it will not evaluate the bids or award a contract from them.']
	if (matrix.status === 'resubmitted') {
		return [
			'The council will look at your matrix again with the changes you made, and tell you its decision.',
			'The deadline for bids has passed, so you cannot withdraw your matrix. You can change it again only if the council asks for more changes.',
		]
	}
	if (transition(matrix.status, 'withdraw', { actor: 'supplier', now, deadlineAt: tender.deadlineAt }).ok) {
		return [
			`Bids are sealed until the deadline, ${deadline}. Until then you can withdraw your matrix to change it and submit it again.`,
			'After the deadline the council evaluates the bids and tells you its decision.',
		]
	}
	return [
		`The deadline, ${deadline}, has passed, so you can no longer withdraw or change your matrix.`,
		'The council is evaluating the bids and will tell you its decision.',
	]
}

import { formatDateTime } from '../dates.ts'
import { supplierCanEdit, transition, type MatrixStatus } from './matrix-state.ts'

/**
 * Why the supplier may not change a matrix at `now`, and what they can do about it; null
 * while they may.
 */
export function readOnlyReason(
	matrix: { status: MatrixStatus; clarificationDueAt: number | null },
	tender: { deadlineAt: number },
	now: number,
): string | null {
	if (supplierCanEdit(matrix.status, now, tender.deadlineAt, matrix.clarificationDueAt)) return null
	switch (matrix.status) {
		case 'draft':
			return 'The deadline for this tender has passed, so this matrix can no longer be changed or submitted.'
		case 'submitted':
			return transition(matrix.status, 'withdraw', { actor: 'supplier', now, deadlineAt: tender.deadlineAt }).ok
				? `Your organisation has submitted this matrix. To change it, withdraw it from your matrix page before the deadline, ${formatDateTime(tender.deadlineAt)}, and submit it again.`
				: 'Your organisation has submitted this matrix and the deadline has passed, so it cannot be changed.'
		case 'under_review':
		case 'resubmitted':
			return 'The council is evaluating this matrix, so it cannot be changed unless the council asks for changes.'
		case 'changes_requested':
			return 'The time for changes has ended, so this matrix cannot be changed. The council will decide on it as you last submitted it.'
		default:
			return 'The council has decided on this matrix, so it cannot be changed.'
	}
}

import { db } from '#db/client.server.ts'
import { transition } from '#app/domain/matrix/matrix-state.ts'
import { lineProblems } from '#app/domain/matrix/matrix-lines.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import {
	activeContractManager,
	contractReferenceTaken,
	openContract,
	queueAwardEmails,
	setMatrixStatus,
} from './contract-award.server.ts'
import { editableDirectDraft, STALE_DRAFT, type Ctx, type DirectResult } from './direct-contracts.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { wakeOutbox } from './outbox.server.ts'
import { inviteSupplierContact } from './supplier-contacts.server.ts'

/** What still stops a contract being recorded from being confirmed: one message per measure. */
export function confirmProblems(workspace: NonNullable<ReturnType<typeof loadMatrixWorkspace>>): string[] {
	const problems = workspace.lines.flatMap((line) => {
		const name = `${line.measure.code}: ${line.measure.title}`
		if (!line.entry) return [`${name}: enter the commitment`]
		return lineProblems(line.entry, line.measure, workspace.term).map((p) => `${name}: ${p.message}`)
	})
	const committed = workspace.lines.some((line) => line.entry && !line.entry.declined)
	if (!committed) problems.push('Enter at least one commitment')
	return problems
}

/**
 * Confirms a contract recorded directly, in one transaction: the contract (origin direct),
 * its commitments frozen exactly as award freezes them, its reporting periods from its start,
 * its history, the audit, and the news: a new supplier's contact is invited to claim the
 * organisation now; an organisation already here hears it has the contract.
 */
export function confirmDirectContract(
	user: SessionUser,
	input: { matrixId: number; version: number; commerciallySensitive: boolean },
	ctx: Ctx,
): DirectResult<{ contractId: number }> {
	const result = db.transaction((tx): DirectResult<{ contractId: number }> => {
		const found = editableDirectDraft(user, input.matrixId, tx)
		if (!found.ok) return found
		const { matrix, tender } = found
		if (matrix.version !== input.version) return { ok: false, message: STALE_DRAFT, status: 409 }
		const allowed = transition(matrix.status, 'record', {
			actor: 'council',
			now: ctx.now,
			deadlineAt: tender.deadlineAt,
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const problems = confirmProblems(loadMatrixWorkspace(matrix.id, tx)!)
		if (problems.length > 0) return { ok: false, message: problems[0]! }
		if (contractReferenceTaken(tx, tender.councilId, tender.reference))
			return { ok: false, message: 'Another contract already has this reference', status: 409 }
		const manager = activeContractManager(tx, tender.councilId, tender.contractManagerId)
		if (!manager) return { ok: false, message: 'The contract manager no longer has an active account' }
		const details = {
			reference: tender.reference,
			title: tender.title,
			value: tender.estimatedValuePence,
			startDate: tender.contractStart,
			endDate: tender.contractEnd,
			cadence: tender.cadence,
			contractManagerId: manager.id,
			commerciallySensitive: input.commerciallySensitive,
		}
		const contract = openContract(tx, {
			councilId: tender.councilId,
			origin: 'direct',
			tenderId: tender.id,
			matrixId: matrix.id,
			organisationId: matrix.organisationId,
			contractManagerId: manager.id,
			details,
			event: { byUserId: user.id, kind: 'recorded', detail: 'Recorded directly: no tender in the portal' },
			now: ctx.now,
		})
		setMatrixStatus(tx, matrix.id, matrix.status, allowed.to, user.id, ctx.now, `Contract ${tender.reference} recorded`)
		const invited = inviteSupplierContact(tx, matrix.organisationId, user, ctx.now)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'contract_recorded',
			subject: { type: 'contract', id: contract.id },
			detail: { tenderId: tender.id, matrixId: matrix.id, supplierInvited: invited },
			ip: ctx.ip,
		})
		queueAwardEmails(
			tx,
			{
				contractId: contract.id,
				details,
				tender,
				winnerOrganisationId: matrix.organisationId,
				manager,
				awardedBy: user,
				others: [],
				supplierInvited: invited,
			},
			ctx.now,
		)
		return { ok: true, contractId: contract.id }
	})
	if (result.ok) wakeOutbox()
	return result
}

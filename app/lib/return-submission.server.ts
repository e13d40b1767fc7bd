import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { users } from '#db/schema.ts'
import { returnSubmittedEmail } from '#emails/return-submitted.tsx'
import { returnLineProblems } from '#app/domain/returns/return-lines.ts'
import { isLate, transition } from '#app/domain/returns/return-state.ts'
import { periodEndedAt, returnDueAt } from '#app/domain/returns/periods.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { loadReturn } from './return-contents.server.ts'
import { bumpReturnVersion, editableReturn, recordReturnEvent, type ReturnResult } from './returns.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName } from './settings.server.ts'

type Ctx = { ip: string; now: number }

/** What is still missing before the return can be submitted: none for a nil return with its reason. */
export function returnProblems(loaded: NonNullable<ReturnType<typeof loadReturn>>): string[] {
	if (loaded.progressReturn.nil)
		return loaded.progressReturn.nilReason ? [] : ['Enter why there is nothing to report for this period']
	return loaded.commitments.flatMap((commitment) =>
		returnLineProblems(loaded.lines.get(commitment.id) ?? null, commitment).map(
			(problem) => `${commitment.measureCode}: ${problem}`,
		),
	)
}

/**
 * Submits (or resubmits) a return once its period has ended: late if after the due date.
 * Tells the contract manager, in the same transaction.
 */
export function submitReturn(user: SessionUser, input: { returnId: number; version: number }, ctx: Ctx): ReturnResult {
	const result = db.transaction((tx): ReturnResult => {
		const found = editableReturn(tx, user, input.returnId, input.version)
		if (!found.ok) return found
		const { progressReturn, period, contract } = found
		const allowed = transition(progressReturn.status, 'submit', {
			actor: 'supplier',
			now: ctx.now,
			periodEndedAt: periodEndedAt(period.endDate),
		})
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const problems = returnProblems(loadReturn(input.returnId, tx)!)
		if (problems.length > 0) return { ok: false, message: 'The return cannot be submitted yet', problems }
		const late = isLate(ctx.now, returnDueAt(period.dueDate))
		bumpReturnVersion(tx, input.returnId, ctx.now, { status: allowed.to, submittedAt: ctx.now, late })
		recordReturnEvent(
			tx,
			input.returnId,
			user.id,
			progressReturn.status,
			allowed.to,
			ctx.now,
			late ? 'Submitted after the due date' : undefined,
		)
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'return_submitted',
			subject: { type: 'progress_return', id: input.returnId },
			detail: { late },
			ip: ctx.ip,
			councilId: contract.councilId,
		})
		const manager = tx
			.select({ id: users.id, email: users.email, status: users.status })
			.from(users)
			.where(eq(users.id, contract.contractManagerId))
			.get()
		if (manager?.status === 'active') {
			enqueueEmail(
				tx,
				{
					dedupeKey: `return-submitted:${input.returnId}:${progressReturn.version}`,
					to: manager.email,
					councilId: contract.councilId,
					email: returnSubmittedEmail({
						councilName: getCouncilName(contract.councilId),
						contractReference: contract.reference,
						contractTitle: contract.title,
						periodLabel: period.label,
						submittedBy: user.name,
						late,
						resubmitted: progressReturn.status === 'returned',
						reviewUrl: emailLink('/manage/returns/:returnId', { returnId: String(input.returnId) }),
					}),
				},
				ctx.now,
			)
		}
		return { ok: true }
	})
	if (result.ok) wakeOutbox()
	return result
}

import { and, eq, inArray, ne, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contractEvents,
	contractMilestones,
	contracts,
	matrices,
	matrixEvents,
	organisations,
	tenders,
	users,
} from '#db/schema.ts'
import { contractAwardedEmail } from '#emails/contract-awarded.tsx'
import { matrixNotAwardedEmail } from '#emails/matrix-not-awarded.tsx'
import type { AwardDetails } from '#app/domain/contracts/award-form.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { transition, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { isStaffOf } from '#app/domain/roles.ts'
import { recordAudit } from './audit.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import { syncReportingPeriods } from './reporting-periods.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { loadMatrixWorkspace } from './matrix-workspace.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName, getSettings } from './settings.server.ts'
import { reachableMembers } from './supplier-members.server.ts'
import { canManageTender } from './tenders.server.ts'

type Ctx = { ip: string; now: number }
export type AwardResult =
	| { ok: true; contractId: number }
	| { ok: false; message: string; status?: 400 | 403 | 404 | 409; field?: keyof AwardDetails }

const STALE = 'This matrix changed while you were looking at it. Check the latest version and try again.'

/** Whether a contract already has this reference, whatever its case. */
export function contractReferenceTaken(tx: Tx, councilId: number, reference: string): boolean {
	return Boolean(
		tx
			.select({ id: contracts.id })
			.from(contracts)
			.where(and(eq(contracts.councilId, councilId), sql`lower(${contracts.reference}) = lower(${reference})`))
			.get(),
	)
}

/** The user, if they may manage the council's contract now: its contract manager or administrator with an active account. */
export function activeContractManager(tx: Tx, councilId: number, userId: number) {
	return tx
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(
			and(
				eq(users.id, userId),
				eq(users.organisationId, councilId),
				inArray(users.role, ['contract_manager', 'admin']),
				eq(users.status, 'active'),
			),
		)
		.get()
}

/**
 * Awards the tender to an approved matrix, in one transaction: the contract, a frozen copy
 * of the matrix's committed lines and milestones, the winner marked awarded, every other
 * matrix still in the running marked not awarded, the history, the audit and the emails.
 * Declined lines are not commitments and are left out.
 */
export function awardContract(
	user: SessionUser,
	input: { matrixId: number; version: number; details: AwardDetails },
	ctx: Ctx,
): AwardResult {
	const result = db.transaction((tx): AwardResult => {
		const matrix = tx.select().from(matrices).where(eq(matrices.id, input.matrixId)).get()
		if (!matrix) return { ok: false, message: 'Matrix not found', status: 404 }
		const tender = tx.select().from(tenders).where(eq(tenders.id, matrix.tenderId)).get()!
		// Another council's bids are not there at all for this council's staff.
		if (!isStaffOf(user, tender.councilId)) return { ok: false, message: 'Matrix not found', status: 404 }
		if (!canManageTender(user, tender)) return { ok: false, message: 'You cannot award this tender', status: 403 }
		if (matrix.version !== input.version) return { ok: false, message: STALE, status: 409 }
		if (tender.status !== 'published') return { ok: false, message: 'A cancelled tender cannot be awarded' }
		const existing = tx
			.select({ reference: contracts.reference })
			.from(contracts)
			.where(eq(contracts.tenderId, tender.id))
			.get()
		if (existing)
			return {
				ok: false,
				message: `This tender has already been awarded as contract ${existing.reference}`,
				status: 409,
			}
		const when = { actor: 'council' as const, now: ctx.now, deadlineAt: tender.deadlineAt }
		const allowed = transition(matrix.status, 'award', when)
		if (!allowed.ok) return { ok: false, message: allowed.reason }
		const { details } = input
		if (contractReferenceTaken(tx, tender.councilId, details.reference))
			return { ok: false, message: 'Another contract already has this reference', field: 'reference' }
		const manager = activeContractManager(tx, tender.councilId, details.contractManagerId)
		if (!manager) return { ok: false, message: 'Select the contract manager', field: 'contractManagerId' }

		const contract = openContract(tx, {
			councilId: tender.councilId,
			origin: 'tender',
			tenderId: tender.id,
			matrixId: matrix.id,
			organisationId: matrix.organisationId,
			contractManagerId: manager.id,
			details,
			event: { byUserId: user.id, kind: 'awarded', detail: `Awarded to the matrix submitted for ${tender.reference}` },
			now: ctx.now,
		})

		setMatrixStatus(tx, matrix.id, matrix.status, allowed.to, user.id, ctx.now, `Contract ${details.reference} awarded`)
		const others = tx
			.select({ id: matrices.id, status: matrices.status, organisationId: matrices.organisationId })
			.from(matrices)
			.where(and(eq(matrices.tenderId, tender.id), ne(matrices.id, matrix.id)))
			.all()
			.filter((other) => transition(other.status, 'not_award', when).ok)
		for (const other of others)
			setMatrixStatus(
				tx,
				other.id,
				other.status,
				'not_awarded',
				user.id,
				ctx.now,
				`Contract ${details.reference} awarded to another supplier`,
			)

		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			councilId: tender.councilId,
			action: 'contract_awarded',
			subject: { type: 'contract', id: contract.id },
			detail: { tenderId: tender.id, matrixId: matrix.id, notAwarded: others.map((o) => o.id) },
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
				others,
			},
			ctx.now,
		)
		return { ok: true, contractId: contract.id }
	})
	if (result.ok) wakeOutbox()
	return result
}

export function setMatrixStatus(
	tx: Tx,
	matrixId: number,
	from: MatrixStatus,
	to: MatrixStatus,
	byUserId: number,
	at: number,
	reason: string,
) {
	tx.update(matrices)
		.set({ status: to, updatedAt: at, version: sql`${matrices.version} + 1` })
		.where(eq(matrices.id, matrixId))
		.run()
	tx.insert(matrixEvents).values({ matrixId, at, byUserId, fromStatus: from, toStatus: to, reason }).run()
}

type NewContract = {
	councilId: number
	origin: 'tender' | 'direct'
	tenderId: number
	matrixId: number
	organisationId: number
	contractManagerId: number
	details: AwardDetails
	event: { byUserId: number; kind: 'awarded' | 'recorded'; detail: string }
	now: number
}

/**
 * A contract from a matrix, as award and recording a contract directly both make it: the
 * contract, the frozen copy of the matrix's commitments, its reporting periods from the
 * contract's start, the schedule of what is due by each, and the first line of its history.
 */
export function openContract(tx: Tx, input: NewContract): { id: number } {
	const { details, now } = input
	const contract = tx
		.insert(contracts)
		.values({
			councilId: input.councilId,
			reference: details.reference,
			title: details.title,
			origin: input.origin,
			tenderId: input.tenderId,
			matrixId: input.matrixId,
			organisationId: input.organisationId,
			contractManagerId: input.contractManagerId,
			startDate: details.startDate,
			endDate: details.endDate,
			valuePence: details.value,
			cadence: details.cadence,
			commerciallySensitive: details.commerciallySensitive,
			awardedAt: now,
			createdAt: now,
			updatedAt: now,
		})
		.returning({ id: contracts.id })
		.get()
	copyCommitments(tx, contract.id, input.matrixId)
	syncReportingPeriods(tx, {
		id: contract.id,
		councilId: input.councilId,
		startDate: details.startDate,
		endDate: details.endDate,
		cadence: details.cadence,
	})
	syncCommitmentSchedule(tx, contract.id, getSettings(input.councilId, tx).financialYearStartMonth)
	tx.insert(contractEvents)
		.values({ contractId: contract.id, at: now, ...input.event })
		.run()
	return contract
}

function copyCommitments(tx: Tx, contractId: number, matrixId: number) {
	const workspace = loadMatrixWorkspace(matrixId, tx)!
	const committed = workspace.lines.filter((line) => line.entry && !line.entry.declined)
	committed.forEach((line, position) => {
		const entry = line.entry!
		const commitment = tx
			.insert(contractCommitments)
			.values({
				contractId,
				measureId: line.measure.id,
				position,
				measureCode: line.measure.code,
				measureTitle: line.measure.title,
				themeName: line.measure.themeName,
				unit: line.measure.unit,
				proxyValuePence: line.measure.proxyValuePence,
				quantityHundredths: line.measure.qualitative ? null : entry.quantityHundredths,
				commitmentText: line.measure.qualitative ? entry.commitmentText : '',
				valuePence: line.valuePence,
				responsibleName: entry.responsibleName,
				responsibleRole: entry.responsibleRole,
				responsibleEmail: entry.responsibleEmail,
				methodStatement: entry.methodStatement,
			})
			.returning({ id: contractCommitments.id })
			.get()
		if (entry.milestones.length > 0) {
			tx.insert(contractMilestones)
				.values(
					entry.milestones.map((m, index) => ({
						commitmentId: commitment.id,
						position: index,
						date: m.date,
						cumulativeHundredths: m.cumulativeHundredths,
					})),
				)
				.run()
		}
	})
}

export type AwardEmails = {
	contractId: number
	details: AwardDetails
	tender: typeof tenders.$inferSelect
	winnerOrganisationId: number
	manager: { id: number; email: string }
	awardedBy: SessionUser
	others: { id: number; organisationId: number }[]
	/** Its contact was just invited to claim the organisation: the invitation is their news. */
	supplierInvited?: boolean
}

/**
 * The emails a new contract sends: the supplier's members hear they have it, every other
 * bidder still in the running that they do not, and the contract manager, when someone else
 * awarded it, that it is theirs now.
 */
export function queueAwardEmails(tx: Tx, award: AwardEmails, now: number) {
	const { councilId } = award.tender
	const councilName = getCouncilName(councilId)
	const winner = tx
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, award.winnerOrganisationId))
		.get()
	const awarded = {
		councilName,
		contractReference: award.details.reference,
		contractTitle: award.details.title,
		organisationName: winner?.name ?? '',
		startDate: formatCalendarDate(award.details.startDate),
		endDate: formatCalendarDate(award.details.endDate),
	}
	const members = reachableMembers(tx, [
		...(award.supplierInvited ? [] : [award.winnerOrganisationId]),
		...award.others.map((o) => o.organisationId),
	])
	for (const member of members) {
		if (member.organisationId === award.winnerOrganisationId) {
			const email = contractAwardedEmail({
				...awarded,
				audience: 'supplier',
				contractUrl: emailLink('/contracts/:contractId', { contractId: String(award.contractId) }),
			})
			enqueueEmail(
				tx,
				{ dedupeKey: `contract-awarded:${award.contractId}:${member.id}`, councilId, to: member.email, email },
				now,
			)
			continue
		}
		const matrix = award.others.find((o) => o.organisationId === member.organisationId)!
		const email = matrixNotAwardedEmail({
			councilName,
			tenderTitle: award.tender.title,
			tenderReference: award.tender.reference,
			matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) }),
		})
		enqueueEmail(
			tx,
			{ dedupeKey: `matrix-not-awarded:${matrix.id}:${member.id}`, councilId, to: member.email, email },
			now,
		)
	}
	if (award.manager.id !== award.awardedBy.id) {
		const email = contractAwardedEmail({
			...awarded,
			audience: 'contract_manager',
			contractUrl: emailLink('/contracts/:contractId', { contractId: String(award.contractId) }),
		})
		enqueueEmail(
			tx,
			{
				dedupeKey: `contract-assigned:${award.contractId}:${award.manager.id}`,
				councilId,
				to: award.manager.email,
				email,
			},
			now,
		)
	}
}

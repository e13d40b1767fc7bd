import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm'
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
import { contractChangedEmail } from '#emails/contract-changed.tsx'
import { matrixNotAwardedEmail } from '#emails/matrix-not-awarded.tsx'
import type { AwardDetails } from '#app/domain/contracts/award-form.ts'
import { maySeeContractFigures, type Viewer } from '#app/domain/contracts/contract-audience.ts'
import { describeContractChanges, type ContractDetails } from '#app/domain/contracts/contract-changes.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { transition, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { recordAudit } from './audit.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import { deliveredPenceByContract } from './contract-progress.server.ts'
import { syncReportingPeriods } from './reporting-periods.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { loadMatrixWorkspace } from './matrices.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName, getSettings } from './settings.server.ts'
import { canManageTender } from './tenders.server.ts'

type Ctx = { ip: string; now: number }
export type AwardResult =
	| { ok: true; contractId: number }
	| { ok: false; message: string; status?: 400 | 403 | 404 | 409; field?: keyof AwardDetails }

const STALE = 'This matrix changed while you were looking at it. Check the latest version and try again.'

function activeMembers(tx: Tx, organisationIds: number[]) {
	if (organisationIds.length === 0) return []
	return tx
		.select({ id: users.id, email: users.email, organisationId: users.organisationId })
		.from(users)
		.where(and(inArray(users.organisationId, organisationIds), eq(users.status, 'active')))
		.all()
}

export function getContract(contractId: number) {
	return db.select().from(contracts).where(eq(contracts.id, contractId)).get()
}

/** The tender's contract, if it has been awarded. */
export function contractForTender(tenderId: number) {
	return db
		.select({ id: contracts.id, reference: contracts.reference, matrixId: contracts.matrixId })
		.from(contracts)
		.where(eq(contracts.tenderId, tenderId))
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
		const referenceTaken = tx
			.select({ id: contracts.id })
			.from(contracts)
			.where(sql`lower(${contracts.reference}) = lower(${details.reference})`)
			.get()
		if (referenceTaken) return { ok: false, message: 'Another contract already has this reference', field: 'reference' }
		const manager = tx
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(
				and(
					eq(users.id, details.contractManagerId),
					inArray(users.role, ['contract_manager', 'admin']),
					eq(users.status, 'active'),
				),
			)
			.get()
		if (!manager) return { ok: false, message: 'Select the contract manager', field: 'contractManagerId' }

		const contract = tx
			.insert(contracts)
			.values({
				reference: details.reference,
				title: details.title,
				tenderId: tender.id,
				matrixId: matrix.id,
				organisationId: matrix.organisationId,
				contractManagerId: manager.id,
				startDate: details.startDate,
				endDate: details.endDate,
				valuePence: details.value,
				cadence: details.cadence,
				commerciallySensitive: details.commerciallySensitive,
				awardedAt: ctx.now,
				createdAt: ctx.now,
				updatedAt: ctx.now,
			})
			.returning({ id: contracts.id })
			.get()
		copyCommitments(tx, contract.id, matrix.id)
		syncReportingPeriods(tx, {
			id: contract.id,
			startDate: details.startDate,
			endDate: details.endDate,
			cadence: details.cadence,
		})
		syncCommitmentSchedule(tx, contract.id, getSettings(tx).financialYearStartMonth)
		tx.insert(contractEvents)
			.values({
				contractId: contract.id,
				at: ctx.now,
				byUserId: user.id,
				kind: 'awarded',
				detail: `Awarded to the matrix submitted for ${tender.reference}`,
			})
			.run()

		setStatus(tx, matrix.id, matrix.status, allowed.to, user.id, ctx.now, `Contract ${details.reference} awarded`)
		const others = tx
			.select({ id: matrices.id, status: matrices.status, organisationId: matrices.organisationId })
			.from(matrices)
			.where(and(eq(matrices.tenderId, tender.id), ne(matrices.id, matrix.id)))
			.all()
			.filter((other) => transition(other.status, 'not_award', when).ok)
		for (const other of others)
			setStatus(
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

function setStatus(
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

type AwardEmails = {
	contractId: number
	details: AwardDetails
	tender: typeof tenders.$inferSelect
	winnerOrganisationId: number
	manager: { id: number; email: string }
	awardedBy: SessionUser
	others: { id: number; organisationId: number }[]
}

function queueAwardEmails(tx: Tx, award: AwardEmails, now: number) {
	const councilName = getCouncilName()
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
	const members = activeMembers(tx, [award.winnerOrganisationId, ...award.others.map((o) => o.organisationId)])
	for (const member of members) {
		if (member.organisationId === award.winnerOrganisationId) {
			const email = contractAwardedEmail({
				...awarded,
				audience: 'supplier',
				contractUrl: emailLink('/contracts/:contractId', { contractId: String(award.contractId) }),
			})
			enqueueEmail(tx, { dedupeKey: `contract-awarded:${award.contractId}:${member.id}`, to: member.email, email }, now)
			continue
		}
		const matrix = award.others.find((o) => o.organisationId === member.organisationId)!
		const email = matrixNotAwardedEmail({
			councilName,
			tenderTitle: award.tender.title,
			tenderReference: award.tender.reference,
			matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(matrix.id) }),
		})
		enqueueEmail(tx, { dedupeKey: `matrix-not-awarded:${matrix.id}:${member.id}`, to: member.email, email }, now)
	}
	if (award.manager.id !== award.awardedBy.id) {
		const email = contractAwardedEmail({
			...awarded,
			audience: 'contract_manager',
			contractUrl: emailLink('/contracts/:contractId', { contractId: String(award.contractId) }),
		})
		enqueueEmail(
			tx,
			{ dedupeKey: `contract-assigned:${award.contractId}:${award.manager.id}`, to: award.manager.email, email },
			now,
		)
	}
}

/** A contract with its supplier, manager, commitments, milestones and history: five queries. */
export function loadContract(contractId: number) {
	const contract = db
		.select({
			id: contracts.id,
			reference: contracts.reference,
			title: contracts.title,
			tenderId: contracts.tenderId,
			matrixId: contracts.matrixId,
			organisationId: contracts.organisationId,
			organisationName: organisations.name,
			contractManagerId: contracts.contractManagerId,
			contractManagerName: users.name,
			startDate: contracts.startDate,
			endDate: contracts.endDate,
			valuePence: contracts.valuePence,
			cadence: contracts.cadence,
			status: contracts.status,
			commerciallySensitive: contracts.commerciallySensitive,
			awardedAt: contracts.awardedAt,
		})
		.from(contracts)
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.innerJoin(users, eq(users.id, contracts.contractManagerId))
		.where(eq(contracts.id, contractId))
		.get()
	if (!contract) return null
	const tender = db
		.select({ reference: tenders.reference, targetPercent: tenders.targetPercent })
		.from(tenders)
		.where(eq(tenders.id, contract.tenderId))
		.get()!
	const commitments = db
		.select()
		.from(contractCommitments)
		.where(eq(contractCommitments.contractId, contractId))
		.orderBy(asc(contractCommitments.position))
		.all()
	const milestones = commitments.length
		? db
				.select()
				.from(contractMilestones)
				.where(
					inArray(
						contractMilestones.commitmentId,
						commitments.map((c) => c.id),
					),
				)
				.orderBy(asc(contractMilestones.commitmentId), asc(contractMilestones.position))
				.all()
		: []
	const history = db
		.select({
			id: contractEvents.id,
			at: contractEvents.at,
			kind: contractEvents.kind,
			detail: contractEvents.detail,
			by: users.name,
		})
		.from(contractEvents)
		.innerJoin(users, eq(users.id, contractEvents.byUserId))
		.where(eq(contractEvents.contractId, contractId))
		.orderBy(asc(contractEvents.at), asc(contractEvents.id))
		.all()
	return {
		contract,
		tender,
		commitments: commitments.map((c) => ({ ...c, milestones: milestones.filter((m) => m.commitmentId === c.id) })),
		history,
	}
}

/** Contracts with their committed social value, summed in SQL; filtered to what the viewer may list. */
type ContractFilter = { contractManagerId?: number; organisationId?: number }

function contractConditions(filter: ContractFilter) {
	const conditions = [
		filter.contractManagerId === undefined ? undefined : eq(contracts.contractManagerId, filter.contractManagerId),
		filter.organisationId === undefined ? undefined : eq(contracts.organisationId, filter.organisationId),
	].filter((c) => c !== undefined)
	return conditions.length ? and(...conditions) : undefined
}

export function countContracts(filter: ContractFilter = {}): number {
	return db.select({ n: count() }).from(contracts).where(contractConditions(filter)).get()?.n ?? 0
}

/** Contracts, most recently awarded first, with what each committed (summed in SQL); all of them, or one page. */
export function listContracts(filter: ContractFilter = {}, page?: { offset: number; size: number }) {
	const query = db
		.select({
			id: contracts.id,
			reference: contracts.reference,
			title: contracts.title,
			organisationName: organisations.name,
			contractManagerName: users.name,
			startDate: contracts.startDate,
			endDate: contracts.endDate,
			valuePence: contracts.valuePence,
			status: contracts.status,
			organisationId: contracts.organisationId,
			contractManagerId: contracts.contractManagerId,
			commerciallySensitive: contracts.commerciallySensitive,
			committedPence: sql<number>`coalesce((select sum(c."value_pence") from "contract_commitments" c where c."contract_id" = "contracts"."id"), 0)`,
		})
		.from(contracts)
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.innerJoin(users, eq(users.id, contracts.contractManagerId))
		.where(contractConditions(filter))
		.orderBy(desc(contracts.awardedAt), desc(contracts.id))
	return (page ? query.limit(page.size).offset(page.offset) : query).all()
}

/**
 * Contracts as the register shows them to `viewer`: each one's value, the social value it
 * committed and what approved returns delivered to date (as the contract page totals it), or
 * null for figures that are not theirs to see. All of them, or one page.
 */
export function registerContracts(
	viewer: Viewer,
	now: number,
	filter: ContractFilter = {},
	page?: { offset: number; size: number },
) {
	const listed = listContracts(filter, page)
	const delivered = deliveredPenceByContract(
		listed.map((c) => c.id),
		now,
	)
	return listed.map(
		({ organisationId, contractManagerId, commerciallySensitive, valuePence, committedPence, ...contract }) => {
			const figures = maySeeContractFigures(viewer, { organisationId, contractManagerId, commerciallySensitive })
			return {
				...contract,
				valuePence: figures ? valuePence : null,
				committedPence: figures ? committedPence : null,
				deliveredPence: figures ? (delivered.get(contract.id) ?? 0) : null,
			}
		},
	)
}

export type ChangeResult =
	{ ok: true } | { ok: false; message: string; status?: 403 | 404 | 409; field?: keyof ContractDetails }

/**
 * Changes a running contract's details with a reason, in one transaction: the contract, its
 * reporting periods (regenerated; filed returns are never lost), the history, the audit and
 * an email to the supplier's members. The commitments stay as awarded.
 */
export function changeContract(
	user: SessionUser,
	input: { contractId: number; version: number; details: ContractDetails; reason: string },
	ctx: Ctx,
): ChangeResult {
	const result = db.transaction((tx): ChangeResult => {
		const contract = tx.select().from(contracts).where(eq(contracts.id, input.contractId)).get()
		if (!contract) return { ok: false, message: 'Contract not found', status: 404 }
		if (!(user.role === 'admin' || (user.role === 'contract_manager' && contract.contractManagerId === user.id)))
			return { ok: false, message: 'You cannot change this contract', status: 403 }
		if (contract.version !== input.version)
			return {
				ok: false,
				message:
					'Someone else changed this contract while you were editing it. Check the latest details and try again.',
				status: 409,
			}
		const names = new Map(
			tx
				.select({ id: users.id, name: users.name, role: users.role, status: users.status })
				.from(users)
				.where(inArray(users.id, [contract.contractManagerId, input.details.contractManagerId]))
				.all()
				.map((u) => [u.id, u]),
		)
		const manager = names.get(input.details.contractManagerId)
		if (!manager || manager.status !== 'active' || (manager.role !== 'contract_manager' && manager.role !== 'admin')) {
			return { ok: false, message: 'Select the contract manager', field: 'contractManagerId' }
		}
		const before = {
			title: contract.title,
			value: contract.valuePence,
			startDate: contract.startDate,
			endDate: contract.endDate,
			cadence: contract.cadence,
			contractManagerId: contract.contractManagerId,
			commerciallySensitive: contract.commerciallySensitive,
			contractManagerName: names.get(contract.contractManagerId)?.name ?? '',
		}
		const changes = describeContractChanges(before, { ...input.details, contractManagerName: manager.name })
		if (changes.length === 0) return { ok: false, message: 'Nothing has changed', field: 'title' }
		const { details } = input
		tx.update(contracts)
			.set({
				title: details.title,
				valuePence: details.value,
				startDate: details.startDate,
				endDate: details.endDate,
				cadence: details.cadence,
				contractManagerId: details.contractManagerId,
				commerciallySensitive: details.commerciallySensitive,
				updatedAt: ctx.now,
				version: sql`${contracts.version} + 1`,
			})
			.where(eq(contracts.id, contract.id))
			.run()
		syncReportingPeriods(tx, {
			id: contract.id,
			startDate: details.startDate,
			endDate: details.endDate,
			cadence: details.cadence,
		})
		if (details.startDate !== contract.startDate)
			syncCommitmentSchedule(tx, contract.id, getSettings(tx).financialYearStartMonth)
		tx.insert(contractEvents)
			.values({
				contractId: contract.id,
				at: ctx.now,
				byUserId: user.id,
				kind: 'changed',
				detail: `${input.reason}\n${changes.join('\n')}`,
			})
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: user.id,
			action: 'contract_changed',
			subject: { type: 'contract', id: contract.id },
			detail: { reason: input.reason, changes },
			ip: ctx.ip,
		})
		for (const member of activeMembers(tx, [contract.organisationId])) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `contract-changed:${contract.id}:${contract.version}:${member.id}`,
					to: member.email,
					email: contractChangedEmail({
						councilName: getCouncilName(),
						contractReference: contract.reference,
						contractTitle: details.title,
						reason: input.reason,
						changes,
						contractUrl: emailLink('/contracts/:contractId', { contractId: String(contract.id) }),
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

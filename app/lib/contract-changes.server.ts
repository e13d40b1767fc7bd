import { eq, inArray, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { contractEvents, contracts, users } from '#db/schema.ts'
import { contractChangedEmail } from '#emails/contract-changed.tsx'
import { describeContractChanges, type ContractDetails } from '#app/domain/contracts/contract-changes.ts'
import { recordAudit } from './audit.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import { syncReportingPeriods } from './reporting-periods.server.ts'
import type { SessionUser } from './auth.server.ts'
import { emailLink } from './email-links.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { getCouncilName, getSettings } from './settings.server.ts'
import { reachableMembers } from './supplier-members.server.ts'
import { isStaffOf, managesForCouncil } from '#app/domain/roles.ts'

type Ctx = { ip: string; now: number }

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
		// Another council's contract is not found, as on its pages.
		if (!contract || !isStaffOf(user, contract.councilId))
			return { ok: false, message: 'Contract not found', status: 404 }
		if (!managesForCouncil(user, contract))
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
				.select({
					id: users.id,
					name: users.name,
					role: users.role,
					status: users.status,
					organisationId: users.organisationId,
				})
				.from(users)
				.where(inArray(users.id, [contract.contractManagerId, input.details.contractManagerId]))
				.all()
				.map((u) => [u.id, u]),
		)
		const manager = names.get(input.details.contractManagerId)
		// The new manager must be one of the contract's own council's officers.
		if (!manager || manager.status !== 'active' || !isStaffOf(manager, contract.councilId)) {
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
			councilId: contract.councilId,
			startDate: details.startDate,
			endDate: details.endDate,
			cadence: details.cadence,
		})
		if (details.startDate !== contract.startDate)
			syncCommitmentSchedule(tx, contract.id, getSettings(contract.councilId, tx).financialYearStartMonth)
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
			councilId: contract.councilId,
		})
		for (const member of reachableMembers(tx, [contract.organisationId])) {
			enqueueEmail(
				tx,
				{
					dedupeKey: `contract-changed:${contract.id}:${contract.version}:${member.id}`,
					to: member.email,
					councilId: contract.councilId,
					email: contractChangedEmail({
						councilName: getCouncilName(contract.councilId),
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

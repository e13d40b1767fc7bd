import { and, eq, inArray, sql } from 'drizzle-orm'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contractEvents,
	contractImports,
	contractMilestones,
	contracts,
	progressReturns,
	reportingPeriods,
	returnEvents,
	returnLines,
	users,
} from '#db/schema.ts'
import type { ImportCounts, ImportPlan, PlannedContract } from '#app/domain/contracts/import/plan.ts'
import { recordAudit } from './audit.server.ts'
import type { SessionUser } from './auth.server.ts'
import { syncCommitmentSchedule } from './commitment-schedule.server.ts'
import { findHeldContractImport } from './contract-import.server.ts'
import { wakeOutbox } from './outbox.server.ts'
import { syncReportingPeriods } from './reporting-periods.server.ts'
import { getSettings } from './settings.server.ts'
import { addSupplierWithContact, matchSupplier } from './supplier-contacts.server.ts'

type Ctx = { ip: string; now: number }

export type ConfirmResult = { ok: true; counts: ImportCounts } | { ok: false; status: 404 | 409; messages: string[] }

export const IMPORT_GONE = 'This import has already been confirmed or discarded'

/** Rows per INSERT: far inside SQLite's limit on bound values, whatever the table's width. */
const ROWS_PER_STATEMENT = 400

function inChunks<T>(rows: T[], write: (chunk: T[]) => void) {
	for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT)
		write(rows.slice(start, start + ROWS_PER_STATEMENT))
}

/** A calendar date as the instant a return was decided: midday in London, whatever the season. */
const decidedAt = (date: string) => Date.parse(`${date}T12:00:00Z`)

/**
 * Creates everything a held import plans, in one transaction, or nothing: the new supplier
 * organisations (each contact invited to claim theirs), the contracts with their frozen
 * commitments, milestones, reporting periods and schedule, and past delivery as approved
 * returns marked imported. What may have changed since the file was checked is checked again:
 * a reference taken, a manager no longer active, a supplier or contact added meanwhile.
 */
export function confirmContractImport(admin: SessionUser, importId: number, ctx: Ctx): ConfirmResult {
	const result = db.transaction((tx): ConfirmResult => {
		// Another council's held import is not found: it is not this administrator's to confirm.
		const held = findHeldContractImport(admin.organisationId, importId, tx)
		if (!held) return { ok: false, status: 404, messages: [IMPORT_GONE] }
		const { plan } = held
		const stale = changedSinceChecked(tx, admin.organisationId, plan)
		if (stale.length > 0) return { ok: false, status: 409, messages: stale }

		const organisationOf = new Map<string, number>()
		for (const supplier of plan.suppliers) {
			if (supplier.match) {
				organisationOf.set(supplier.key, supplier.match.id)
				continue
			}
			const added = addSupplierWithContact(tx, supplier, admin, ctx)
			// Checked just above, in this transaction: a refusal here means the two checks disagree.
			if (!added.ok) throw new Error(added.message)
			organisationOf.set(supplier.key, added.organisationId)
		}
		const contractIds = insertContracts(tx, admin.organisationId, plan.contracts, organisationOf, importId, ctx.now)
		const commitmentIds = insertCommitments(tx, plan.contracts, contractIds)
		const financialYearStartMonth = getSettings(admin.organisationId, tx).financialYearStartMonth
		for (const contract of plan.contracts) {
			const id = contractIds.get(contract.reference)!
			syncReportingPeriods(tx, {
				id,
				councilId: admin.organisationId,
				startDate: contract.startDate,
				endDate: contract.endDate,
				cadence: contract.cadence,
			})
			syncCommitmentSchedule(tx, id, financialYearStartMonth)
		}
		inChunks(plan.contracts, (chunk) =>
			tx
				.insert(contractEvents)
				.values(
					chunk.map((contract) => ({
						contractId: contractIds.get(contract.reference)!,
						at: ctx.now,
						byUserId: admin.id,
						kind: 'imported' as const,
						detail: `Imported from ${held.fileName}`,
					})),
				)
				.run(),
		)
		insertPastDelivery(tx, plan.contracts, contractIds, commitmentIds, admin, ctx.now)
		tx.update(contractImports)
			.set({ status: 'imported', importedAt: ctx.now })
			.where(eq(contractImports.id, importId))
			.run()
		recordAudit(tx, {
			at: ctx.now,
			actorUserId: admin.id,
			action: 'contracts_imported',
			subject: { type: 'contract_import', id: importId },
			detail: { fileName: held.fileName, ...held.counts },
			ip: ctx.ip,
			councilId: admin.organisationId,
		})
		return { ok: true, counts: held.counts }
	})
	if (result.ok) wakeOutbox()
	return result
}

/** What changed in the portal since the file was checked and now stops it being imported. */
function changedSinceChecked(tx: Tx, councilId: number, plan: ImportPlan): string[] {
	const messages: string[] = []
	const references = plan.contracts.map((contract) => contract.reference.toLowerCase())
	inChunks(references, (chunk) => {
		for (const taken of tx
			.select({ reference: contracts.reference })
			.from(contracts)
			.where(and(eq(contracts.councilId, councilId), inArray(sql`lower(${contracts.reference})`, chunk)))
			.all())
			messages.push(
				`Another contract now has the reference ${taken.reference}: change it in the file and upload it again`,
			)
	})
	const managerIds = [...new Set(plan.contracts.map((contract) => contract.managerId))]
	const active = new Set(
		tx
			.select({ id: users.id })
			.from(users)
			.where(
				and(
					inArray(users.id, managerIds),
					eq(users.organisationId, councilId),
					inArray(users.role, ['contract_manager', 'admin']),
					eq(users.status, 'active'),
				),
			)
			.all()
			.map((user) => user.id),
	)
	for (const contract of plan.contracts)
		if (!active.has(contract.managerId))
			messages.push(`${contract.managerEmail}, the manager of ${contract.reference}, can no longer manage contracts`)
	for (const supplier of plan.suppliers.filter((s) => s.match === null)) {
		const now = matchSupplier(tx, supplier)
		if (now)
			messages.push(`${now.name} was added to the portal after the file was checked: upload the file again to use it`)
		else if (tx.select({ id: users.id }).from(users).where(eq(users.email, supplier.contactEmail)).get())
			messages.push(`${supplier.contactEmail} now has an account: enter a different contact for ${supplier.name}`)
	}
	return messages
}

function insertContracts(
	tx: Tx,
	councilId: number,
	planned: PlannedContract[],
	organisationOf: Map<string, number>,
	importId: number,
	now: number,
): Map<string, number> {
	const ids = new Map<string, number>()
	inChunks(planned, (chunk) => {
		const rows = tx
			.insert(contracts)
			.values(
				chunk.map((contract) => ({
					councilId,
					reference: contract.reference,
					title: contract.title,
					origin: 'imported' as const,
					tenderId: null,
					matrixId: null,
					importId,
					organisationId: organisationOf.get(contract.supplierKey)!,
					contractManagerId: contract.managerId,
					startDate: contract.startDate,
					endDate: contract.endDate,
					valuePence: contract.valuePence,
					cadence: contract.cadence,
					commerciallySensitive: contract.commerciallySensitive,
					awardedAt: now,
					createdAt: now,
					updatedAt: now,
				})),
			)
			.returning({ id: contracts.id, reference: contracts.reference })
			.all()
		for (const row of rows) ids.set(row.reference, row.id)
	})
	return ids
}

/** Commitment ids by "contractId:measureId", with each commitment's milestones written too. */
function insertCommitments(tx: Tx, planned: PlannedContract[], contractIds: Map<string, number>) {
	const rows = planned.flatMap((contract) =>
		contract.commitments.map((commitment, position) => ({
			contractId: contractIds.get(contract.reference)!,
			position,
			commitment,
		})),
	)
	const ids = new Map<string, number>()
	inChunks(rows, (chunk) => {
		const saved = tx
			.insert(contractCommitments)
			.values(
				chunk.map(({ contractId, position, commitment: { milestones: _m, delivery: _d, ...copied } }) => ({
					contractId,
					position,
					...copied,
				})),
			)
			.returning({
				id: contractCommitments.id,
				contractId: contractCommitments.contractId,
				measureId: contractCommitments.measureId,
			})
			.all()
		for (const row of saved) ids.set(`${row.contractId}:${row.measureId}`, row.id)
	})
	const milestones = rows.flatMap(({ contractId, commitment }) =>
		commitment.milestones.map((milestone, position) => ({
			commitmentId: ids.get(`${contractId}:${commitment.measureId}`)!,
			position,
			date: milestone.date,
			cumulativeHundredths: milestone.cumulativeHundredths,
		})),
	)
	inChunks(milestones, (chunk) => tx.insert(contractMilestones).values(chunk).run())
	return ids
}

/**
 * Past delivery as one approved return per contract and period, marked imported, decided on
 * the latest date its rows say it was approved. Inserted approved, so the database's triggers
 * count its lines in the delivered totals straight away.
 */
function insertPastDelivery(
	tx: Tx,
	planned: PlannedContract[],
	contractIds: Map<string, number>,
	commitmentIds: Map<string, number>,
	admin: SessionUser,
	now: number,
) {
	const ids = [...contractIds.values()]
	const periodIds = new Map<string, number>()
	inChunks(ids, (chunk) => {
		for (const period of tx
			.select({ id: reportingPeriods.id, contractId: reportingPeriods.contractId, key: reportingPeriods.key })
			.from(reportingPeriods)
			.where(inArray(reportingPeriods.contractId, chunk))
			.all())
			periodIds.set(`${period.contractId}:${period.key}`, period.id)
	})
	type Line = { commitmentId: number; deliveredHundredths: number | null; deliveredText: string }
	const returns = new Map<string, { contractId: number; periodId: number; approvedOn: string; lines: Line[] }>()
	for (const contract of planned) {
		const contractId = contractIds.get(contract.reference)!
		for (const commitment of contract.commitments)
			for (const delivery of commitment.delivery) {
				const key = `${contractId}:${delivery.periodKey}`
				const entry = returns.get(key) ?? {
					contractId,
					periodId: periodIds.get(key)!,
					approvedOn: delivery.approvedOn,
					lines: [],
				}
				if (delivery.approvedOn > entry.approvedOn) entry.approvedOn = delivery.approvedOn
				entry.lines.push({
					commitmentId: commitmentIds.get(`${contractId}:${commitment.measureId}`)!,
					deliveredHundredths: delivery.deliveredHundredths,
					deliveredText: delivery.deliveredText,
				})
				returns.set(key, entry)
			}
	}
	const all = [...returns.values()]
	const returnIds = new Map<number, number>()
	inChunks(all, (chunk) => {
		for (const row of tx
			.insert(progressReturns)
			.values(
				chunk.map((r) => ({
					contractId: r.contractId,
					periodId: r.periodId,
					status: 'approved' as const,
					imported: true,
					submittedAt: decidedAt(r.approvedOn),
					decidedAt: decidedAt(r.approvedOn),
					createdAt: now,
					updatedAt: now,
				})),
			)
			.returning({ id: progressReturns.id, periodId: progressReturns.periodId })
			.all())
			returnIds.set(row.periodId, row.id)
	})
	const lines = all.flatMap((r) =>
		r.lines.map((line) => ({ returnId: returnIds.get(r.periodId)!, ...line, updatedAt: now })),
	)
	inChunks(lines, (chunk) => tx.insert(returnLines).values(chunk).run())
	inChunks(all, (chunk) =>
		tx
			.insert(returnEvents)
			.values(
				chunk.map((r) => ({
					returnId: returnIds.get(r.periodId)!,
					at: decidedAt(r.approvedOn),
					byUserId: admin.id,
					fromStatus: null,
					toStatus: 'approved' as const,
					reason: 'Imported',
				})),
			)
			.run(),
	)
}

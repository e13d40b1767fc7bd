import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import {
	contractCommitments,
	contractEvents,
	contractMilestones,
	contracts,
	organisations,
	tenders,
	users,
} from '#db/schema.ts'
import { maySeeContractFigures, type Viewer } from '#app/domain/contracts/contract-audience.ts'
import { deliveredPenceByContract } from './contract-progress.server.ts'

/** One of a council's contracts; another council's is not found, as if it did not exist. */
export function getCouncilContract(councilId: number, contractId: number) {
	return db
		.select()
		.from(contracts)
		.where(and(eq(contracts.id, contractId), eq(contracts.councilId, councilId)))
		.get()
}

/** The tender's contract, if it has been awarded. */
export function contractForTender(tenderId: number) {
	return db
		.select({ id: contracts.id, reference: contracts.reference, matrixId: contracts.matrixId })
		.from(contracts)
		.where(eq(contracts.tenderId, tenderId))
		.get()
}

/** A contract with its supplier, manager, commitments, milestones and history: five queries. */
export function loadContract(contractId: number) {
	const contract = db
		.select({
			id: contracts.id,
			councilId: contracts.councilId,
			reference: contracts.reference,
			title: contracts.title,
			origin: contracts.origin,
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
	// An imported contract has no tender, so no target beyond its commitments.
	const tender =
		contract.tenderId === null
			? null
			: (db
					.select({ reference: tenders.reference, targetPercent: tenders.targetPercent })
					.from(tenders)
					.where(eq(tenders.id, contract.tenderId))
					.get() ?? null)
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

/**
 * Which contracts a list holds: a council's (`councilId`), narrowed to one contract manager's or
 * one supplier's; a supplier's own list (`organisationId` alone) spans every council.
 */
export type ContractFilter = { councilId?: number; contractManagerId?: number; organisationId?: number }

function contractConditions(filter: ContractFilter) {
	const conditions = [
		filter.councilId === undefined ? undefined : eq(contracts.councilId, filter.councilId),
		filter.contractManagerId === undefined ? undefined : eq(contracts.contractManagerId, filter.contractManagerId),
		filter.organisationId === undefined ? undefined : eq(contracts.organisationId, filter.organisationId),
	].filter((c) => c !== undefined)
	return conditions.length ? and(...conditions) : undefined
}

export function countContracts(filter: ContractFilter = {}): number {
	// council-scope: contractConditions applies the filter's council.
	return db.select({ n: count() }).from(contracts).where(contractConditions(filter)).get()?.n ?? 0
}

/** Contracts, most recently awarded first, with what each committed (summed in SQL); all of them, or one page. */
export function listContracts(filter: ContractFilter = {}, page?: { offset: number; size: number }) {
	// council-scope: contractConditions applies the filter's council.
	const query = db
		.select({
			id: contracts.id,
			councilId: contracts.councilId,
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
			const figures = maySeeContractFigures(viewer, {
				councilId: contract.councilId,
				organisationId,
				contractManagerId,
				commerciallySensitive,
			})
			return {
				...contract,
				valuePence: figures ? valuePence : null,
				committedPence: figures ? committedPence : null,
				deliveredPence: figures ? (delivered.get(contract.id) ?? 0) : null,
			}
		},
	)
}

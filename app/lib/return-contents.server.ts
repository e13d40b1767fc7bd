import { and, asc, eq, isNull } from 'drizzle-orm'
import { groupBy } from '#app/domain/group-by.ts'
import { db, type Tx } from '#db/client.server.ts'
import {
	contractCommitments,
	contractMilestones,
	evidenceFiles,
	progressReturns,
	returnEvents,
	returnLineComments,
	returnLines,
	users,
} from '#db/schema.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { unitFor, type Unit } from '#app/domain/toms/units.ts'
import { returnWithContext } from './returns.server.ts'
import { unitCatalogue } from './units.server.ts'

export type ReturnCommitment = {
	id: number
	measureCode: string
	measureTitle: string
	unit: string
	/** The unit the commitment is counted in, which says what a quantity may be. */
	quantityUnit: Unit
	qualitative: boolean
	quantityHundredths: number | null
	commitmentText: string
	proxyValuePence: number | null
	milestones: { date: string; cumulativeHundredths: number }[]
}

export type ReturnEvidence = {
	id: number
	commitmentId: number
	fileName: string
	type: string
	sizeBytes: number
	uploadedAt: number
}

/** A return with its commitments, answers, evidence, comments and history: a fixed number of queries. */
export function loadReturn(returnId: number, tx: Tx | typeof db = db) {
	const found = returnWithContext(tx, eq(progressReturns.id, returnId))
	if (!found) return null
	const commitmentRows = tx
		.select()
		.from(contractCommitments)
		.where(eq(contractCommitments.contractId, found.contract.id))
		.orderBy(asc(contractCommitments.position))
		.all()
	// Joined rather than listed by commitment id: the same statement however many there are.
	const milestones = commitmentRows.length
		? tx
				.select({
					commitmentId: contractMilestones.commitmentId,
					date: contractMilestones.date,
					cumulativeHundredths: contractMilestones.cumulativeHundredths,
				})
				.from(contractMilestones)
				.innerJoin(contractCommitments, eq(contractCommitments.id, contractMilestones.commitmentId))
				.where(eq(contractCommitments.contractId, found.contract.id))
				.orderBy(asc(contractMilestones.position))
				.all()
		: []
	const milestonesByCommitment = groupBy(milestones, (m) => m.commitmentId)
	const units = unitCatalogue(found.contract.councilId)
	const commitments: ReturnCommitment[] = commitmentRows.map((c) => ({
		id: c.id,
		measureCode: c.measureCode,
		measureTitle: c.measureTitle,
		unit: c.unit,
		quantityUnit: unitFor(units, c.unit),
		qualitative: c.quantityHundredths === null,
		quantityHundredths: c.quantityHundredths,
		commitmentText: c.commitmentText,
		proxyValuePence: c.proxyValuePence,
		milestones: (milestonesByCommitment.get(c.id) ?? []).map((m) => ({
			date: m.date,
			cumulativeHundredths: m.cumulativeHundredths,
		})),
	}))
	const lines = new Map(
		tx
			.select()
			.from(returnLines)
			.where(eq(returnLines.returnId, returnId))
			.all()
			.map((line): [number, ReturnLineEntry] => [
				line.commitmentId,
				{
					deliveredHundredths: line.deliveredHundredths,
					deliveredText: line.deliveredText,
					milestoneStatus: line.milestoneStatus,
					narrative: line.narrative,
					mayPublish: line.mayPublish,
				},
			]),
	)
	const evidence: ReturnEvidence[] = tx
		.select({
			id: evidenceFiles.id,
			commitmentId: evidenceFiles.commitmentId,
			fileName: evidenceFiles.fileName,
			type: evidenceFiles.type,
			sizeBytes: evidenceFiles.sizeBytes,
			uploadedAt: evidenceFiles.uploadedAt,
		})
		.from(evidenceFiles)
		.where(and(eq(evidenceFiles.returnId, returnId), isNull(evidenceFiles.removedAt)))
		.orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id))
		.all()
	const comments = tx
		.select({
			id: returnLineComments.id,
			commitmentId: returnLineComments.commitmentId,
			at: returnLineComments.at,
			by: users.name,
			body: returnLineComments.body,
		})
		.from(returnLineComments)
		.innerJoin(users, eq(users.id, returnLineComments.byUserId))
		.where(eq(returnLineComments.returnId, returnId))
		.orderBy(asc(returnLineComments.at), asc(returnLineComments.id))
		.all()
	const history = tx
		.select({
			id: returnEvents.id,
			at: returnEvents.at,
			from: returnEvents.fromStatus,
			to: returnEvents.toStatus,
			reason: returnEvents.reason,
			by: users.name,
		})
		.from(returnEvents)
		.innerJoin(users, eq(users.id, returnEvents.byUserId))
		.where(eq(returnEvents.returnId, returnId))
		.orderBy(asc(returnEvents.at), asc(returnEvents.id))
		.all()
	return { ...found, commitments, lines, evidence, comments, history }
}

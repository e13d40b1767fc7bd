import { eq, inArray, sql } from 'drizzle-orm'
import { db, type DbOrTx } from '#db/client.server.ts'
import { contracts, organisations, progressReturns, reportingPeriods } from '#db/schema.ts'
import {
	blockersPhrase,
	bulkApprovalBlockers,
	type BulkApprovalFigures,
	type ReturnChoice,
} from '#app/domain/returns/bulk-approval.ts'
import { pageOf } from '#app/domain/pagination.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import { isStaffOf } from '#app/domain/roles.ts'
import type { SessionUser } from './auth.server.ts'
import { councilRagThresholds, parseMilestones } from './contract-progress.server.ts'
import {
	ALREADY_DECIDED,
	canReviewContract,
	countReviewQueue,
	decideReturn,
	reviewQueue,
} from './return-review.server.ts'

/*
 * Approving several returns at once: only those that leave every commitment on plan with its
 * evidence, each approved exactly as one approved on its own page (its own transaction, audit
 * event, history and email to the supplier).
 */

type Ctx = { ip: string; now: number }

type LineRow = {
	returnId: number
	nil: number
	contractStart: string
	periodEnd: string
	committedHundredths: number | null
	milestones: string | null
	approvedBefore: number
	deliveredHundredths: number | null
	deliveredText: string | null
	evidenceFiles: number
}

/**
 * What the bulk rule weighs for each of these returns, in one statement however many: every
 * commitment of the contract with what approved returns delivered before (as the review page
 * counts it), what this return says, and how many files back it.
 */
function figuresOf(executor: DbOrTx, returnIds: number[]): Map<number, BulkApprovalFigures> {
	if (returnIds.length === 0) return new Map()
	const ids = JSON.stringify(returnIds)
	const rows = executor.all<LineRow>(sql`
		select pr."id" as "returnId", pr."nil" as "nil", ct."start_date" as "contractStart", rp."end_date" as "periodEnd",
			cc."quantity_hundredths" as "committedHundredths",
			(select group_concat(cm."date" || ' ' || cm."cumulative_hundredths") from "contract_milestones" cm where cm."commitment_id" = cc."id") as "milestones",
			coalesce((
				select sum(before."delivered_hundredths") from "return_lines" before
				join "progress_returns" approved on approved."id" = before."return_id"
				where before."commitment_id" = cc."id" and approved."status" = 'approved' and approved."nil" = 0 and approved."id" <> pr."id"
			), 0) as "approvedBefore",
			rl."delivered_hundredths" as "deliveredHundredths", rl."delivered_text" as "deliveredText",
			(select count(*) from "evidence_files" ef where ef."return_id" = pr."id" and ef."commitment_id" = cc."id" and ef."removed_at" is null) as "evidenceFiles"
		from "progress_returns" pr
		join "contracts" ct on ct."id" = pr."contract_id"
		join "reporting_periods" rp on rp."id" = pr."period_id"
		join "contract_commitments" cc on cc."contract_id" = pr."contract_id"
		left join "return_lines" rl on rl."return_id" = pr."id" and rl."commitment_id" = cc."id"
		where pr."id" in (select value from json_each(${ids}))
		order by pr."id", cc."position"`)
	const figures = new Map<number, BulkApprovalFigures>()
	for (const row of rows) {
		const own = figures.get(row.returnId) ?? {
			nil: row.nil === 1,
			contractStart: row.contractStart,
			periodEnd: row.periodEnd,
			lines: [],
		}
		own.lines.push({
			committedHundredths: row.committedHundredths,
			milestones: parseMilestones(row.milestones),
			approvedBeforeHundredths: row.approvedBefore,
			deliveredHundredths: row.deliveredHundredths,
			deliveredText: row.deliveredText ?? '',
			evidenceFiles: row.evidenceFiles,
		})
		figures.set(row.returnId, own)
	}
	return figures
}

/** Why each of these returns cannot be approved with others; none for those that can. */
function blockersOf(executor: DbOrTx, councilId: number, returnIds: number[]): Map<number, string[]> {
	const thresholds = councilRagThresholds(councilId)
	const figures = figuresOf(executor, returnIds)
	return new Map(
		returnIds.map((id) => {
			const own = figures.get(id)
			return [id, own ? bulkApprovalBlockers(own, thresholds) : ['Return not found']]
		}),
	)
}

/** Returns to review a page at a time: a council-wide queue can run to a thousand after a half-year. */
export const REVIEW_QUEUE_PAGE_SIZE = 50

/**
 * One page of the review queue (the page asked for, or the nearest that exists), each return
 * saying whether it can be approved with others and, if not, why. Nothing in it turns with
 * the clock, so each page is worked out once until the data changes.
 */
export function approvalQueue(user: SessionUser, requestedPage: string | null, size = REVIEW_QUEUE_PAGE_SIZE) {
	const page = pageOf(countReviewQueue(user), requestedPage, size)
	const scope = user.role === 'admin' ? `council-${user.organisationId}` : `manager-${user.id}`
	const items = cachedRead(`approval-queue:${scope}:${page.number}:${size}`, () => {
		const queue = reviewQueue(user, page)
		const blockers = blockersOf(
			db,
			user.organisationId,
			queue.map((item) => item.id),
		)
		return queue.map((item) => ({ ...item, blockers: blockers.get(item.id) ?? [] }))
	})
	return { page, items }
}

export type ChosenReturn = {
	id: number
	version: number
	contractReference: string
	contractTitle: string
	organisationName: string
	periodLabel: string
	submittedAt: number | null
}

export type ChosenReturns =
	| { ok: false; status: 403 | 404; message: string }
	| { ok: true; ready: ChosenReturn[]; notReady: Array<ChosenReturn & { reason: string }> }

const CHANGED = 'It changed after you chose it: review it on its own page'

/**
 * The returns chosen, split into those that will be approved and those that cannot be, with
 * why. A return this person does not review refuses the whole choice: only a forged form
 * names one. Two queries.
 */
export function chosenReturns(user: SessionUser, choices: ReturnChoice[]): ChosenReturns {
	const found = db
		.select({
			id: progressReturns.id,
			version: progressReturns.version,
			status: progressReturns.status,
			submittedAt: progressReturns.submittedAt,
			councilId: contracts.councilId,
			contractManagerId: contracts.contractManagerId,
			contractReference: contracts.reference,
			contractTitle: contracts.title,
			organisationName: organisations.name,
			periodLabel: reportingPeriods.label,
		})
		.from(progressReturns)
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.where(
			inArray(
				progressReturns.id,
				choices.map((choice) => choice.returnId),
			),
		)
		.all()
	const byId = new Map(found.map((row) => [row.id, row]))
	const rows = choices.map((choice) => ({ choice, row: byId.get(choice.returnId) }))
	// A draft never submitted is the supplier's own business, and another council's return is
	// not found, as on the review page.
	if (
		rows.some(
			({ row }) => !row || (row.status === 'draft' && row.submittedAt === null) || !isStaffOf(user, row.councilId),
		)
	)
		return { ok: false, status: 404, message: 'Return not found' }
	if (rows.some(({ row }) => !canReviewContract(user, row!)))
		return { ok: false, status: 403, message: 'You cannot review this return' }
	const blockers = blockersOf(
		db,
		user.organisationId,
		choices.map((choice) => choice.returnId),
	)
	const ready: ChosenReturn[] = []
	const notReady: Array<ChosenReturn & { reason: string }> = []
	for (const { choice, row } of rows) {
		const { id, status, version, submittedAt, contractReference, contractTitle, organisationName, periodLabel } = row!
		// Shown at the version chosen, so confirming it is refused if it has changed since.
		const shown = {
			id,
			version: choice.version,
			submittedAt,
			contractReference,
			contractTitle,
			organisationName,
			periodLabel,
		}
		const own = blockers.get(id) ?? []
		if (status !== 'submitted') notReady.push({ ...shown, reason: 'No longer waiting for review' })
		else if (version !== choice.version) notReady.push({ ...shown, reason: CHANGED })
		else if (own.length > 0) notReady.push({ ...shown, reason: blockersPhrase(own) })
		else ready.push(shown)
	}
	return { ok: true, ready, notReady }
}

export type BulkApprovalResult =
	| { ok: false; status: 403 | 404; message: string }
	| { ok: true; approved: ChosenReturn[]; refused: Array<ChosenReturn & { reason: string }> }

/**
 * Approves each chosen return in a transaction of its own, exactly as its review page does,
 * checking again inside it that the person reviews it, that it has not changed, and that it
 * still qualifies. One refused leaves the others approved.
 */
export function approveReturns(user: SessionUser, choices: ReturnChoice[], ctx: Ctx): BulkApprovalResult {
	const chosen = chosenReturns(user, choices)
	if (!chosen.ok) return chosen
	const items = [...chosen.ready, ...chosen.notReady]
	const approved: ChosenReturn[] = []
	const refused: Array<ChosenReturn & { reason: string }> = []
	for (const choice of choices) {
		const item = items.find((candidate) => candidate.id === choice.returnId)!
		const result = decideReturn(
			user,
			{ returnId: choice.returnId, decision: 'approve', reason: '', version: choice.version },
			ctx,
			(tx, returnId) => {
				const own = blockersOf(tx, user.organisationId, [returnId]).get(returnId) ?? []
				return own.length > 0 ? blockersPhrase(own) : null
			},
		)
		if (result.ok) approved.push(item)
		else refused.push({ ...item, reason: result.message === ALREADY_DECIDED ? CHANGED : result.message })
	}
	return { ok: true, approved, refused }
}

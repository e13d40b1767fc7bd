import { sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import type { RagStatus } from '#app/domain/returns/progress.ts'
import { strugglingContracts, type StrugglingContract } from '#app/domain/returns/struggling.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import type { SessionUser } from './auth.server.ts'
import { contractsProgress } from './contract-progress.server.ts'
import { listContracts } from './contracts.server.ts'
import { contractTotalsShownTo, dashboardTotals, returnCounts, type ShownContractTotals } from './dashboard.server.ts'
import { returnIsDue } from './period-due.server.ts'
import { reviewQueue } from './return-review.server.ts'
import { getSettings } from './settings.server.ts'
import { lastReminderRun } from './reminder-runs.server.ts'

/** How many items of each kind the home page lists; the page that owns them lists the rest. */
export const HOME_LIST_SIZE = 10

/** A few of a list, with how many there are in all. */
export type FirstFew<T> = { items: T[]; total: number }

/**
 * Whose work the home page covers: always one council's, the officer's own; within it, a
 * contract manager's own contracts and tenders, or (`managerId` null) the whole council's.
 */
export type HomeScope = { councilId: number; managerId: number | null }

export function homeScopeOf(user: SessionUser): HomeScope {
	return { councilId: user.organisationId, managerId: user.role === 'admin' ? null : user.id }
}

/** The cache key part that names a scope. */
const scopeKey = ({ councilId, managerId }: HomeScope) => `${councilId}:${managerId ?? ''}`

function firstFew<T extends { total: number }>(rows: T[]): FirstFew<Omit<T, 'total'>> {
	return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 }
}

export type MatrixAwaitingReview = {
	id: number
	organisation: string
	tenderReference: string
	tenderTitle: string
	status: 'submitted' | 'under_review' | 'resubmitted' | 'changes_requested'
	/** Since when it has been the council's to decide: how long it has waited. */
	since: number
}

/**
 * Matrices the council has to decide on: submitted bids once the deadline has passed (sealed
 * until then), bids under review or resubmitted after changes, and those whose time for
 * changes has ended. Longest waiting first.
 */
export function matricesAwaitingReview(
	{ councilId, managerId }: HomeScope,
	now: number,
): FirstFew<MatrixAwaitingReview> {
	return firstFew(
		db.all<MatrixAwaitingReview & { total: number }>(sql`
			select m."id" as "id", o."name" as "organisation", t."reference" as "tenderReference", t."title" as "tenderTitle",
				m."status" as "status",
				case m."status"
					when 'submitted' then max(t."deadline_at", coalesce(m."submitted_at", 0))
					when 'changes_requested' then m."clarification_due_at"
					else coalesce((select max(e."at") from "matrix_events" e where e."matrix_id" = m."id"), m."updated_at")
				end as "since",
				count(*) over () as "total"
			from "matrices" m
			join "tenders" t on t."id" = m."tender_id"
			join "organisations" o on o."id" = m."organisation_id"
			where t."council_id" = ${councilId} and t."status" = 'published' and t."deadline_at" <= ${now}
				and (m."status" in ('submitted', 'under_review', 'resubmitted')
					or (m."status" = 'changes_requested' and m."clarification_due_at" is not null and m."clarification_due_at" <= ${now}))
				and (${managerId} is null or t."contract_manager_id" = ${managerId})
			order by "since", m."id"
			limit ${HOME_LIST_SIZE}`),
	)
}

export type TenderToEvaluate = { id: number; reference: string; title: string; deadlineAt: number; bids: number }

/**
 * Published tenders past their deadline whose bids nobody has started to evaluate: every bid
 * is still as submitted. Earliest deadline first.
 */
export function tendersToEvaluate({ councilId, managerId }: HomeScope, now: number): FirstFew<TenderToEvaluate> {
	return firstFew(
		db.all<TenderToEvaluate & { total: number }>(sql`
			select t."id" as "id", t."reference" as "reference", t."title" as "title", t."deadline_at" as "deadlineAt",
				count(m."id") as "bids", count(*) over () as "total"
			from "tenders" t
			join "matrices" m on m."tender_id" = t."id" and m."status" = 'submitted'
			where t."council_id" = ${councilId} and t."status" = 'published' and t."deadline_at" <= ${now}
				and not exists (select 1 from "matrices" d where d."tender_id" = t."id" and d."status" not in ('draft', 'submitted'))
				and (${managerId} is null or t."contract_manager_id" = ${managerId})
			group by t."id"
			order by t."deadline_at", t."id"
			limit ${HOME_LIST_SIZE}`),
	)
}

export type AwardToMake = {
	tenderId: number
	reference: string
	title: string
	/** How many bids were approved, and the first of them: the award is made from an approved bid's page. */
	approved: number
	matrixId: number
	since: number
}

/** Tenders with an approved bid and no contract awarded yet, the longest waiting first. */
export function awardsToMake({ councilId, managerId }: HomeScope): FirstFew<AwardToMake> {
	return firstFew(
		db.all<AwardToMake & { total: number }>(sql`
			select t."id" as "tenderId", t."reference" as "reference", t."title" as "title", count(m."id") as "approved",
				min(m."id") as "matrixId", min(m."updated_at") as "since", count(*) over () as "total"
			from "tenders" t
			join "matrices" m on m."tender_id" = t."id" and m."status" = 'approved'
			where t."council_id" = ${councilId} and t."status" = 'published'
				and not exists (select 1 from "matrices" w where w."tender_id" = t."id" and w."status" = 'awarded')
				and (${managerId} is null or t."contract_manager_id" = ${managerId})
			group by t."id"
			order by "since", t."id"
			limit ${HOME_LIST_SIZE}`),
	)
}

export type OverdueReturn = {
	periodId: number
	contractId: number
	reference: string
	title: string
	organisation: string
	period: string
	dueDate: string
}

/** Periods whose return has fallen due and is not in (never started, a draft, or sent back), oldest due first. */
export function overdueReturns({ councilId, managerId }: HomeScope, now: number): FirstFew<OverdueReturn> {
	const today = toLondonDateTime(now).date
	return firstFew(
		db.all<OverdueReturn & { total: number }>(sql`
			select rp."id" as "periodId", ct."id" as "contractId", ct."reference" as "reference", ct."title" as "title",
				o."name" as "organisation", rp."label" as "period", rp."due_date" as "dueDate", count(*) over () as "total"
			from "reporting_periods" rp
			join "contracts" ct on ct."id" = rp."contract_id"
			join "organisations" o on o."id" = ct."organisation_id"
			left join "progress_returns" pr on pr."period_id" = rp."id"
			where ct."council_id" = ${councilId} and rp."active" = 1 and ${returnIsDue(sql`rp."due_date"`, today)}
				and coalesce(pr."status", 'draft') in ('draft', 'returned')
				and (${managerId} is null or ct."contract_manager_id" = ${managerId})
			order by rp."due_date", ct."reference", rp."id"
			limit ${HOME_LIST_SIZE}`),
	)
}

export type RagCounts = Record<RagStatus, number>

export type ContractsAtAGlance = {
	contracts: number
	committedPence: number
	deliveredPence: number
	/** Commitments by where they stand against their milestones. */
	rag: RagCounts
	/** Contracts with commitments behind plan, most red first. */
	behind: StrugglingContract[]
	/** Each contract's committed and delivered, most committed first, as the reader may see them. */
	byContract: ShownContractTotals[]
}

/**
 * The contracts in scope at a glance, as of the day. Working out every commitment's progress
 * is the dashboard's costliest read, so it is kept until the database next changes.
 */
function glanceFigures(scope: HomeScope, now: number) {
	const today = toLondonDateTime(now).date
	const { councilId, managerId } = scope
	return cachedRead(`council-home:${scopeKey(scope)}:${today}`, () => {
		const contracts = listContracts(managerId === null ? { councilId } : { councilId, contractManagerId: managerId })
		const progress = contractsProgress(
			contracts.map((c) => c.id),
			now,
		)
		const rag: RagCounts = { red: 0, amber: 0, green: 0, not_due: 0 }
		for (const { rows } of progress.values()) for (const row of rows) rag[row.rag] += 1
		const totals = dashboardTotals({ councilId, year: null, contractManagerId: managerId, theme: null })
		return {
			contracts: contracts.length,
			overall: totals.overall,
			rag,
			behind: strugglingContracts(contracts, (id) => progress.get(id)?.rows ?? [], null),
			byContract: totals.byContract,
		}
	})
}

export function contractsAtAGlance(user: SessionUser, now: number): ContractsAtAGlance {
	const figures = glanceFigures(homeScopeOf(user), now)
	return {
		contracts: figures.contracts,
		committedPence: figures.overall.committedPence,
		deliveredPence: figures.overall.deliveredPence,
		rag: figures.rag,
		behind: figures.behind,
		byContract: contractTotalsShownTo(user, figures.byContract.slice(0, HOME_LIST_SIZE)),
	}
}

/**
 * Everything a council officer has to act on now, on their own contracts (or the council's,
 * for an administrator). What turns only with the data or the UK date (returns due, in and
 * overdue, awards to make) is counted once until either moves: on a large council those
 * counts run over thousands of periods. Bids and tenders turn at their deadline's hour, so
 * they are read afresh.
 */
export function councilToDo(user: SessionUser, now: number) {
	const scope = homeScopeOf(user)
	const today = toLondonDateTime(now).date
	const daily = cachedRead(`council-to-do:${scopeKey(scope)}:${today}`, () => ({
		returns: returnCounts({ councilId: scope.councilId, contractManagerId: scope.managerId }, today),
		returnsAwaitingReview: firstFew(reviewQueue(user, { offset: 0, size: HOME_LIST_SIZE })),
		overdueReturns: overdueReturns(scope, now),
		awardsToMake: awardsToMake(scope),
	}))
	return {
		returns: daily.returns,
		returnsAwaitingReview: daily.returnsAwaitingReview,
		matricesAwaitingReview: matricesAwaitingReview(scope, now),
		overdueReturns: daily.overdueReturns,
		tendersToEvaluate: tendersToEvaluate(scope, now),
		awardsToMake: daily.awardsToMake,
	}
}

/** What a new deployment has set up so far, for the administrator's checklist. */
export type DeploymentSetUp = {
	settingsSaved: boolean
	publishedEditions: number
	priorities: number
	contractManagers: number
	smtpConfigured: boolean
	reminderIntervalMinutes: number
	lastReminderRun: { at: number; emailsQueued: number } | null
}

export function deploymentSetUp(councilId: number): DeploymentSetUp {
	const counts = db.get<{ publishedEditions: number; priorities: number; contractManagers: number }>(sql`
		select
			(select count(*) from "toms_editions" where "council_id" = ${councilId} and "status" = 'published') as "publishedEditions",
			(select count(*) from "council_priorities" where "council_id" = ${councilId}) as "priorities",
			(select count(*) from "users" where "organisation_id" = ${councilId} and "role" = 'contract_manager' and "status" != 'disabled') as "contractManagers"`)!
	const env = getEnv()
	return {
		settingsSaved: getSettings(councilId).version > 0,
		...counts,
		smtpConfigured: env.SMTP_URL !== undefined,
		reminderIntervalMinutes: env.REMINDER_INTERVAL_MINUTES,
		lastReminderRun: lastReminderRun(),
	}
}

import { sql, type SQL } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { maySeeContractFigures, type ContractParties, type Viewer } from '#app/domain/contracts/contract-audience.ts'
import { periodHasEnded, returnIsDue } from './period-due.server.ts'

/**
 * What a dashboard covers: one council's contracts (only ever its own), in a financial year of
 * that council's (or all time), of one contract manager, in one theme.
 */
export type DashboardFilter = {
	councilId: number
	year: { key: string; start: string; end: string } | null
	contractManagerId: number | null
	theme: string | null
}

export type Totals = { committedPence: number; deliveredPence: number }
export type GroupTotals = Totals & { key: string; label: string }

/**
 * One row per commitment in scope, with what it commits for the chosen year (or in all) and
 * what approved returns delivered in that year's periods (or ever), from the totals the
 * database keeps (`delivered_totals`: each line valued to the penny, halves up, then summed).
 * Both figures are index lookups per commitment, and the CTE is materialised once per statement.
 */
function perCommitment(filter: DashboardFilter): SQL {
	const year = filter.year
	return sql`
		per as materialized (
			select cc."id", cc."contract_id", cc."measure_id", cc."theme_name", ct."organisation_id", ct."reference", ct."title",
				ct."council_id", ct."contract_manager_id", ct."commercially_sensitive",
				${
					year
						? sql`coalesce((select cs."expected_pence" from "commitment_schedule" cs where cs."commitment_id" = cc."id" and cs."year_key" = ${year.key}), 0)`
						: sql`coalesce(cc."value_pence", 0)`
				} as "committed",
				coalesce((
					select sum(dt."delivered_pence") from "delivered_totals" dt
					where dt."commitment_id" = cc."id" ${year ? sql`and dt."year_key" = ${year.key}` : sql``}
				), 0) as "delivered"
			from "contract_commitments" cc
			join "contracts" ct on ct."id" = cc."contract_id"
			where ct."council_id" = ${filter.councilId}
				and (${filter.contractManagerId} is null or ct."contract_manager_id" = ${filter.contractManagerId})
				and (${filter.theme} is null or cc."theme_name" = ${filter.theme})
		)`
}

/** One contract's totals, with whose contract it is: who may see its figures depends on that. */
export type ContractTotals = GroupTotals & ContractParties & { commerciallySensitive: boolean }

/** A contract's totals as one reader may see them: null stands for a figure that is not theirs to see. */
export type ShownContractTotals = {
	key: string
	label: string
	committedPence: number | null
	deliveredPence: number | null
}

type GroupRow = GroupTotals & {
	grouping: 'overall' | 'theme' | 'priority' | 'contract' | 'supplier'
	/** The contract's parties, on a contract's row only. */
	councilId: number | null
	contractManagerId: number | null
	organisationId: number | null
	commerciallySensitive: number | null
}

/**
 * £ committed and delivered overall, by theme, council priority, contract and supplier: one
 * SQL statement, the groupings side by side. The answer is the same for every reader: a
 * contract's row carries whose it is, for `contractTotalsShownTo` to apply to each reader.
 */
export function dashboardTotals(filter: DashboardFilter) {
	const rows = db.all<GroupRow>(sql`
		with ${perCommitment(filter)}
		select 'overall' as "grouping", '' as "key", '' as "label", coalesce(sum(p."committed"), 0) as "committedPence", coalesce(sum(p."delivered"), 0) as "deliveredPence",
			null as "councilId", null as "contractManagerId", null as "organisationId", null as "commerciallySensitive" from per p
		union all
		select 'theme', p."theme_name", p."theme_name", sum(p."committed"), sum(p."delivered"), null, null, null, null from per p group by p."theme_name"
		union all
		select 'priority', cp."code", cp."code" || ': ' || cp."name", sum(p."committed"), sum(p."delivered"), null, null, null, null
		from per p join "toms_measure_priorities" mp on mp."measure_id" = p."measure_id" join "council_priorities" cp on cp."id" = mp."priority_id"
		group by cp."id"
		union all
		select 'contract', p."contract_id", p."reference" || ' · ' || p."title", sum(p."committed"), sum(p."delivered"),
			p."council_id", p."contract_manager_id", p."organisation_id", p."commercially_sensitive"
		from per p group by p."contract_id"
		union all
		select 'supplier', p."organisation_id", o."name", sum(p."committed"), sum(p."delivered"), null, null, null, null
		from per p join "organisations" o on o."id" = p."organisation_id" group by p."organisation_id"`)
	const byMostCommitted = (a: GroupTotals, b: GroupTotals) =>
		b.committedPence - a.committedPence || a.label.localeCompare(b.label)
	const grouped = (grouping: GroupRow['grouping']) => rows.filter((row) => row.grouping === grouping)
	const group = (grouping: GroupRow['grouping']): GroupTotals[] =>
		grouped(grouping)
			.map(({ key, label, committedPence, deliveredPence }) => ({
				key: String(key),
				label,
				committedPence,
				deliveredPence,
			}))
			.sort(byMostCommitted)
	const byContract: ContractTotals[] = grouped('contract')
		.map(
			({
				key,
				label,
				committedPence,
				deliveredPence,
				councilId,
				contractManagerId,
				organisationId,
				commerciallySensitive,
			}) => ({
				key: String(key),
				label,
				committedPence,
				deliveredPence,
				councilId: councilId!,
				contractManagerId: contractManagerId!,
				organisationId: organisationId!,
				commerciallySensitive: commerciallySensitive === 1,
			}),
		)
		.sort(byMostCommitted)
	const overall = rows.find((row) => row.grouping === 'overall')!
	return {
		overall: { committedPence: overall.committedPence, deliveredPence: overall.deliveredPence },
		byTheme: group('theme'),
		byPriority: group('priority'),
		byContract,
		bySupplier: group('supplier'),
	}
}

/**
 * Each contract's totals as `viewer` may see them: a commercially sensitive contract's figures
 * only for those `maySeeContractFigures` allows, null for anyone else. Council-wide totals
 * (overall, by theme, by priority) are what the council publishes, and need no such care.
 */
export function contractTotalsShownTo(viewer: Viewer, rows: ContractTotals[]): ShownContractTotals[] {
	return rows.map(({ councilId, contractManagerId, organisationId, commerciallySensitive, ...row }) =>
		maySeeContractFigures(viewer, { councilId, contractManagerId, organisationId, commerciallySensitive })
			? row
			: { ...row, committedPence: null, deliveredPence: null },
	)
}

export type ReturnCounts = { due: number; overdue: number; awaitingReview: number }

/** Returns ready to file, overdue, and waiting for review, on the contracts in scope, as of `today`. */
export function returnCounts(
	filter: Pick<DashboardFilter, 'councilId' | 'contractManagerId'>,
	today: string,
): ReturnCounts {
	const ended = periodHasEnded(sql`rp."end_date"`, today)
	const due = returnIsDue(sql`rp."due_date"`, today)
	return db.get<ReturnCounts>(sql`
		select
			coalesce(sum(case when ${ended} and not (${due}) and coalesce(pr."status", 'draft') in ('draft', 'returned') then 1 else 0 end), 0) as "due",
			coalesce(sum(case when ${due} and coalesce(pr."status", 'draft') in ('draft', 'returned') then 1 else 0 end), 0) as "overdue",
			coalesce(sum(case when pr."status" = 'submitted' then 1 else 0 end), 0) as "awaitingReview"
		from "reporting_periods" rp
		join "contracts" ct on ct."id" = rp."contract_id"
		left join "progress_returns" pr on pr."period_id" = rp."id"
		where rp."active" = 1 and ct."council_id" = ${filter.councilId}
			and (${filter.contractManagerId} is null or ct."contract_manager_id" = ${filter.contractManagerId})`)!
}

/** The themes that a council's commitments belong to, for the dashboard's theme filter. */
export function commitmentThemes(councilId: number): string[] {
	return db
		.all<{ name: string }>(
			sql`select distinct cc."theme_name" as "name" from "contract_commitments" cc
				join "contracts" ct on ct."id" = cc."contract_id" where ct."council_id" = ${councilId} order by 1`,
		)
		.map((t) => t.name)
}

/**
 * The financial years that have a council's commitments scheduled in them, newest first: its
 * own years, as its own first month of the year makes them.
 */
export function scheduledYears(councilId: number) {
	return db.all<{ key: string; label: string; start: string; end: string }>(sql`
		select distinct cs."year_key" as "key", cs."year_label" as "label", cs."year_start" as "start", cs."year_end" as "end"
		from "commitment_schedule" cs
		join "contract_commitments" cc on cc."id" = cs."commitment_id"
		join "contracts" ct on ct."id" = cc."contract_id"
		where ct."council_id" = ${councilId}
		order by cs."year_start" desc`)
}

/** £ delivered (approved returns) by the month each reporting period ended, oldest first. */
export function deliveredOverTime(filter: DashboardFilter) {
	return db.all<{ month: string; deliveredPence: number }>(sql`
		select substr(rp."end_date", 1, 7) as "month", sum((rl."delivered_hundredths" * cc."proxy_value_pence" + 50) / 100) as "deliveredPence"
		from "return_lines" rl
		join "contract_commitments" cc on cc."id" = rl."commitment_id"
		join "contracts" ct on ct."id" = cc."contract_id"
		join "progress_returns" pr on pr."id" = rl."return_id"
		join "reporting_periods" rp on rp."id" = pr."period_id"
		where pr."status" = 'approved' and pr."nil" = 0 and rl."delivered_hundredths" is not null and cc."proxy_value_pence" is not null
			and ct."council_id" = ${filter.councilId}
			and (${filter.contractManagerId} is null or ct."contract_manager_id" = ${filter.contractManagerId})
			and (${filter.theme} is null or cc."theme_name" = ${filter.theme})
			${filter.year ? sql`and rp."start_date" between ${filter.year.start} and ${filter.year.end}` : sql``}
		group by 1
		order by 1`)
}

export type CaseStudy = {
	id: number
	reference: string
	contract: string
	supplier: string
	measure: string
	period: string
	narrative: string
	deliveredPence: number
	contractId: number
}

/**
 * What suppliers said may be published, from approved returns for periods in the year.
 * Ordered so that the first few make a fair selection: every contract's most valuable
 * account before any contract's second, most valuable first. `limit` keeps that many.
 */
export function caseStudies(councilId: number, year: { start: string; end: string }, limit = -1): CaseStudy[] {
	return db.all<CaseStudy>(sql`
		with stories as (
			select rl."id" as "id", ct."reference" as "reference", ct."title" as "contract", o."name" as "supplier",
				cc."measure_code" || ': ' || cc."measure_title" as "measure", rp."label" as "period", rl."narrative" as "narrative",
				coalesce((rl."delivered_hundredths" * cc."proxy_value_pence" + 50) / 100, 0) as "deliveredPence",
				rp."start_date" as "start", cc."position" as "position", ct."id" as "contractId"
			from "return_lines" rl
			join "progress_returns" pr on pr."id" = rl."return_id"
			join "reporting_periods" rp on rp."id" = pr."period_id"
			join "contract_commitments" cc on cc."id" = rl."commitment_id"
			join "contracts" ct on ct."id" = pr."contract_id"
			join "organisations" o on o."id" = ct."organisation_id"
			where rl."may_publish" = 1 and rl."narrative" != '' and pr."status" = 'approved'
				and ct."council_id" = ${councilId} and rp."start_date" between ${year.start} and ${year.end}
		)
		select "id", "reference", "contract", "supplier", "measure", "period", "narrative", "deliveredPence", "contractId"
		from (select *, row_number() over (partition by "contractId" order by "deliveredPence" desc, "start", "position") as "turn" from stories)
		order by "turn", "deliveredPence" desc, "reference", "start", "position"
		limit ${limit}`)
}

/** How many accounts suppliers agreed to publish for the council's year. */
export function caseStudyCount(councilId: number, year: { start: string; end: string }): number {
	return db.get<{ count: number }>(sql`
		select count(*) as "count"
		from "return_lines" rl
		join "progress_returns" pr on pr."id" = rl."return_id"
		join "reporting_periods" rp on rp."id" = pr."period_id"
		join "contracts" ct on ct."id" = pr."contract_id"
		where rl."may_publish" = 1 and rl."narrative" != '' and pr."status" = 'approved'
			and ct."council_id" = ${councilId} and rp."start_date" between ${year.start} and ${year.end}`)!.count
}

export type ReturnsInYear = {
	/** Periods whose return has fallen due by `today`: each was in on time, in late, or is missing. */
	due: number
	onTime: number
	late: number
	missing: number
	/** Periods whose due date is still to come, and how many of their returns are already in. */
	notYetDue: number
	notYetDueReceived: number
}

/** Returns for the council's periods that started in the year, as of `today` (a UK date). */
export function returnsInYear(councilId: number, year: { start: string; end: string }, today: string): ReturnsInYear {
	const due = returnIsDue(sql`rp."due_date"`, today)
	return db.get<ReturnsInYear>(sql`
		select coalesce(sum(case when ${due} then 1 else 0 end), 0) as "due",
			coalesce(sum(case when ${due} and pr."submitted_at" is not null and pr."late" = 0 then 1 else 0 end), 0) as "onTime",
			coalesce(sum(case when ${due} and pr."submitted_at" is not null and pr."late" = 1 then 1 else 0 end), 0) as "late",
			coalesce(sum(case when ${due} and pr."submitted_at" is null then 1 else 0 end), 0) as "missing",
			coalesce(sum(case when not (${due}) then 1 else 0 end), 0) as "notYetDue",
			coalesce(sum(case when not (${due}) and pr."submitted_at" is not null then 1 else 0 end), 0) as "notYetDueReceived"
		from "reporting_periods" rp
		join "contracts" ct on ct."id" = rp."contract_id"
		left join "progress_returns" pr on pr."period_id" = rp."id"
		where rp."active" = 1 and ct."council_id" = ${councilId} and rp."start_date" between ${year.start} and ${year.end}`)!
}

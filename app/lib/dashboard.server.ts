import { sql, type SQL } from 'drizzle-orm'
import { db } from '#db/client.server.ts'

/** What a dashboard covers: a financial year (or all time), one contract manager's contracts, one theme. */
export type DashboardFilter = { year: { key: string; start: string; end: string } | null; contractManagerId: number | null; theme: string | null }

export type Totals = { committedPence: number; deliveredPence: number }
export type GroupTotals = Totals & { key: string; label: string }

/**
 * The commitments in scope, what they commit for the chosen year (or in all), and what
 * approved returns delivered in that year's periods (or ever): the common base of every
 * figure on the dashboard. Each delivered line is valued to the penny, halves up, as on
 * every other page, and then summed.
 */
function base(filter: DashboardFilter): SQL {
	const year = filter.year
	return sql`
		scope as (
			select cc."id", cc."contract_id", cc."measure_id", cc."theme_name", cc."proxy_value_pence", cc."value_pence",
				ct."organisation_id", ct."reference", ct."title"
			from "contract_commitments" cc
			join "contracts" ct on ct."id" = cc."contract_id"
			where (${filter.contractManagerId} is null or ct."contract_manager_id" = ${filter.contractManagerId})
				and (${filter.theme} is null or cc."theme_name" = ${filter.theme})
		),
		committed as (
			select s."id", ${
				year
					? sql`coalesce((select cs."expected_pence" from "commitment_schedule" cs where cs."commitment_id" = s."id" and cs."year_key" = ${year.key}), 0)`
					: sql`coalesce(s."value_pence", 0)`
			} as "pence"
			from scope s
		),
		delivered as (
			select rl."commitment_id" as "id", sum((rl."delivered_hundredths" * s."proxy_value_pence" + 50) / 100) as "pence"
			from "return_lines" rl
			join scope s on s."id" = rl."commitment_id"
			join "progress_returns" pr on pr."id" = rl."return_id"
			join "reporting_periods" rp on rp."id" = pr."period_id"
			where pr."status" = 'approved' and pr."nil" = 0
				and rl."delivered_hundredths" is not null and s."proxy_value_pence" is not null
				${year ? sql`and rp."start_date" between ${year.start} and ${year.end}` : sql``}
			group by rl."commitment_id"
		)`
}

function grouped(filter: DashboardFilter, key: SQL, label: SQL, join: SQL = sql``): GroupTotals[] {
	return db.all<GroupTotals>(sql`
		with ${base(filter)}
		select ${key} as "key", ${label} as "label",
			sum(c."pence") as "committedPence", sum(coalesce(d."pence", 0)) as "deliveredPence"
		from scope s
		join committed c on c."id" = s."id"
		left join delivered d on d."id" = s."id"
		${join}
		group by 1, 2
		order by "committedPence" desc, "label"`)
}

/** £ committed and delivered overall, by theme, council priority, contract and supplier: one query each, all in SQL. */
export function dashboardTotals(filter: DashboardFilter) {
	const overall = db.get<Totals>(sql`
		with ${base(filter)}
		select coalesce(sum(c."pence"), 0) as "committedPence", coalesce(sum(d."pence"), 0) as "deliveredPence"
		from scope s join committed c on c."id" = s."id" left join delivered d on d."id" = s."id"`)!
	return {
		overall,
		byTheme: grouped(filter, sql`s."theme_name"`, sql`s."theme_name"`),
		byPriority: grouped(filter, sql`cp."code"`, sql`cp."code" || ': ' || cp."name"`, sql`join "toms_measure_priorities" mp on mp."measure_id" = s."measure_id" join "council_priorities" cp on cp."id" = mp."priority_id"`),
		byContract: grouped(filter, sql`s."contract_id"`, sql`s."reference" || ' · ' || s."title"`),
		bySupplier: grouped(filter, sql`s."organisation_id"`, sql`o."name"`, sql`join "organisations" o on o."id" = s."organisation_id"`),
	}
}

export type ReturnCounts = { due: number; overdue: number; awaitingReview: number }

/** Returns ready to file, overdue, and waiting for review, on the contracts in scope, as of `today`. */
export function returnCounts(filter: Pick<DashboardFilter, 'contractManagerId'>, today: string): ReturnCounts {
	return db.get<ReturnCounts>(sql`
		select
			coalesce(sum(case when rp."end_date" < ${today} and rp."due_date" >= ${today} and coalesce(pr."status", 'draft') in ('draft', 'returned') then 1 else 0 end), 0) as "due",
			coalesce(sum(case when rp."due_date" < ${today} and coalesce(pr."status", 'draft') in ('draft', 'returned') then 1 else 0 end), 0) as "overdue",
			coalesce(sum(case when pr."status" = 'submitted' then 1 else 0 end), 0) as "awaitingReview"
		from "reporting_periods" rp
		join "contracts" ct on ct."id" = rp."contract_id"
		left join "progress_returns" pr on pr."period_id" = rp."id"
		where rp."active" = 1 and (${filter.contractManagerId} is null or ct."contract_manager_id" = ${filter.contractManagerId})`)!
}

/** The financial years that have commitments scheduled in them, newest first. */
export function scheduledYears() {
	return db.all<{ key: string; label: string; start: string; end: string }>(sql`
		select distinct "year_key" as "key", "year_label" as "label", "year_start" as "start", "year_end" as "end"
		from "commitment_schedule" order by "year_start" desc`)
}

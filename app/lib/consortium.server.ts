import { sql, type SQL } from 'drizzle-orm'
import { db } from '#db/client.server.ts'

/**
 * The figures councils of one deployment compare themselves by: £ committed and delivered per
 * council, per theme and, for suppliers working for more than one council, per supplier and
 * council. A year is "the financial year beginning in <startYear>", each council counting in
 * its own year (one may start in April, another in January); no year is all time.
 */
export type ConsortiumFilter = { startYear: number | null }

export type CouncilFigures = { councilId: number; council: string; committedPence: number; deliveredPence: number }
export type ThemeFigures = CouncilFigures & { theme: string }
/** Null figures: a commercially sensitive contract is among them, and they are not for other councils to see. */
export type SupplierFigures = {
	supplierId: number
	supplier: string
	councilId: number
	council: string
	committedPence: number | null
	deliveredPence: number | null
}

/** The key of each council's own financial year beginning in `startYear`, as the schedules and totals store it. */
function councilYearKey(startYear: number): SQL {
	// printf, not cast: a bound number may arrive as a real, which casts to "2026.0".
	return sql`case when co."financial_year_start_month" = 1 then printf('%d', ${startYear})
		else printf('%d-%02d', ${startYear}, (${startYear} + 1) % 100) end`
}

/** One row per commitment of every council, with what it commits and what approved returns delivered, in the year or ever. */
function perCommitment(filter: ConsortiumFilter): SQL {
	const year = filter.startYear
	return sql`
		per as materialized (
			select cc."theme_name", ct."council_id", ct."organisation_id", ct."commercially_sensitive",
				${
					year === null
						? sql`coalesce(cc."value_pence", 0)`
						: sql`coalesce((select cs."expected_pence" from "commitment_schedule" cs
							where cs."commitment_id" = cc."id" and cs."year_key" = ${councilYearKey(year)}), 0)`
				} as "committed",
				coalesce((select sum(dt."delivered_pence") from "delivered_totals" dt where dt."commitment_id" = cc."id"
					${year === null ? sql`` : sql`and dt."year_key" = ${councilYearKey(year)}`}), 0) as "delivered"
			from "contract_commitments" cc
			join "contracts" ct on ct."id" = cc."contract_id"
			join "councils" co on co."id" = ct."council_id"
		)`
}

/** Every council, with or without commitments, in the order they were added. */
export function figuresByCouncil(filter: ConsortiumFilter): CouncilFigures[] {
	return db.all<CouncilFigures>(sql`
		with ${perCommitment(filter)}
		select co."id" as "councilId", o."name" as "council",
			coalesce(sum(p."committed"), 0) as "committedPence", coalesce(sum(p."delivered"), 0) as "deliveredPence"
		from "councils" co
		join "organisations" o on o."id" = co."id"
		left join per p on p."council_id" = co."id"
		group by co."id"
		order by co."id"`)
}

/** Each theme's figures in each council that has commitments in it, by theme then council. */
export function figuresByTheme(filter: ConsortiumFilter): ThemeFigures[] {
	return db.all<ThemeFigures>(sql`
		with ${perCommitment(filter)}
		select p."theme_name" as "theme", p."council_id" as "councilId", o."name" as "council",
			sum(p."committed") as "committedPence", sum(p."delivered") as "deliveredPence"
		from per p
		join "organisations" o on o."id" = p."council_id"
		group by p."theme_name", p."council_id"
		order by p."theme_name", p."council_id"`)
}

/**
 * Suppliers with contracts in more than one council, with their figures in each. A supplier's
 * figures in a council are hidden when any of its contracts there is commercially sensitive:
 * staff of the other councils must not learn them by subtraction.
 */
export function figuresForSharedSuppliers(filter: ConsortiumFilter): SupplierFigures[] {
	type Row = Omit<SupplierFigures, 'committedPence' | 'deliveredPence'> & {
		committed: number
		delivered: number
		sensitive: number
	}
	const rows = db.all<Row>(sql`
		with ${perCommitment(filter)},
		pairs as (
			select ct."organisation_id", ct."council_id", max(ct."commercially_sensitive") as "sensitive"
			from "contracts" ct
			where ct."organisation_id" in (
				select "organisation_id" from "contracts" group by "organisation_id" having count(distinct "council_id") > 1
			)
			group by ct."organisation_id", ct."council_id"
		),
		sums as (
			select "organisation_id", "council_id", sum("committed") as "committed", sum("delivered") as "delivered"
			from per group by "organisation_id", "council_id"
		)
		select pairs."organisation_id" as "supplierId", s."name" as "supplier", pairs."council_id" as "councilId",
			o."name" as "council", coalesce(sums."committed", 0) as "committed", coalesce(sums."delivered", 0) as "delivered",
			pairs."sensitive" as "sensitive"
		from pairs
		join "organisations" s on s."id" = pairs."organisation_id"
		join "organisations" o on o."id" = pairs."council_id"
		left join sums on sums."organisation_id" = pairs."organisation_id" and sums."council_id" = pairs."council_id"
		order by lower(s."name"), pairs."council_id"`)
	return rows.map(({ committed, delivered, sensitive, ...row }) => ({
		...row,
		committedPence: sensitive ? null : committed,
		deliveredPence: sensitive ? null : delivered,
	}))
}

/** The years anything is scheduled in, by the calendar year each began, newest first. */
export function consortiumYears(): number[] {
	return db
		.all<{ year: number }>(
			sql`select distinct cast(substr("year_start", 1, 4) as integer) as "year" from "commitment_schedule" order by 1 desc`,
		)
		.map((row) => row.year)
}

/** The year a page or download asks for (`?year=2026`): one anything is scheduled in, else all time. */
export function consortiumFilterFrom(params: URLSearchParams): ConsortiumFilter {
	const wanted = Number(params.get('year'))
	return { startYear: consortiumYears().includes(wanted) ? wanted : null }
}

import { sql } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { SOCIAL_VALUE_THRESHOLD_PENCE, type MaturityFigures } from '#app/domain/maturity/evidence.ts'
import { addDays } from '#app/domain/calendar-dates.ts'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { periodHasEnded, returnIsDue } from './period-due.server.ts'
import { getSettings } from './settings.server.ts'

const DAY = 24 * 60 * 60 * 1000

/** The figures the maturity index's evidence rests on, counted in SQL as of `now`, for the council's own work only. */
export function maturityFigures(councilId: number, now: number): MaturityFigures {
	const today = toLondonDateTime(now).date
	const yearAgo = addDays(today, -365)
	const { financialYearStartMonth } = getSettings(councilId)
	const thisYear = financialYearOf(today, financialYearStartMonth)
	const lastYear = financialYearOf(addDays(thisYear.start, -1), financialYearStartMonth)
	const yearBefore = financialYearOf(addDays(lastYear.start, -1), financialYearStartMonth)

	const toms = db.get<MaturityFigures['toms']>(sql`
		select
			(select e."published_at" from "toms_editions" e where e."council_id" = ${councilId} and e."is_current" = 1 and e."status" = 'published') as "currentPublishedAt",
			(select count(*) from "toms_editions" e where e."council_id" = ${councilId} and e."status" = 'draft') as "draftEditions",
			count(m."id") as "measures",
			coalesce(sum(case when m."proxy_value_pence" is not null then 1 else 0 end), 0) as "measuresWithProxy",
			coalesce(sum(case when exists (select 1 from "toms_measure_priorities" mp where mp."measure_id" = m."id") then 1 else 0 end), 0) as "measuresWithPriority"
		from "toms_measures" m
		join "toms_editions" e on e."id" = m."edition_id" and e."council_id" = ${councilId} and e."is_current" = 1 and e."status" = 'published'`)!

	const over = sql`t."estimated_value_pence" > ${SOCIAL_VALUE_THRESHOLD_PENCE}`
	const tenders = db.get<MaturityFigures['tenders']>(sql`
		select count(*) as "total",
			coalesce(sum(t."weighting_percent" > 0), 0) as "withSocialValue",
			coalesce(sum(${over}), 0) as "over",
			coalesce(sum(${over} and t."weighting_percent" > 0), 0) as "overWithSocialValue",
			coalesce(sum(${over} and t."weighting_percent" >= 5), 0) as "overAtLeast5",
			coalesce(sum(${over} and t."weighting_percent" >= 10), 0) as "overAtLeast10",
			coalesce(sum(${over} and t."weighting_percent" > 10), 0) as "overAbove10",
			coalesce(sum(not ${over}), 0) as "below",
			coalesce(sum(not ${over} and t."weighting_percent" > 0), 0) as "belowWithSocialValue"
		from "tenders" t
		where t."council_id" = ${councilId} and t."status" = 'published' and t."published_at" >= ${now - 365 * DAY}`)!

	const contracts = db.get<MaturityFigures['contracts']>(sql`
		with own as (
			select * from "contracts" c where c."council_id" = ${councilId}
		),
		ended as (
			select distinct rp."contract_id" as "id" from "reporting_periods" rp join own on own."id" = rp."contract_id"
			where rp."active" = 1 and ${periodHasEnded(sql`rp."end_date"`, today)}
		),
		active as (
			select c."id" from own c where c."status" = 'active' and c."start_date" <= ${today} and c."end_date" >= ${yearAgo}
		)
		select
			(select count(*) from own) as "total",
			(select count(*) from ended) as "withPeriodEnded",
			(select count(*) from ended where exists (select 1 from "progress_returns" pr where pr."contract_id" = ended."id" and pr."submitted_at" is not null)) as "monitored",
			(select count(*) from active) as "active",
			(select count(*) from active where exists (select 1 from "progress_returns" pr where pr."contract_id" = active."id" and pr."decided_at" >= ${now - 183 * DAY})) as "activeToldOfProgress",
			(select count(*) from own c where c."commercially_sensitive" = 0) as "onRegister"`)!

	const returns = db.get<MaturityFigures['returns']>(sql`
		select count(*) as "due",
			coalesce(sum(pr."submitted_at" is not null and pr."late" = 0), 0) as "onTime",
			coalesce(sum(pr."submitted_at" is not null), 0) as "submitted",
			coalesce(sum(pr."submitted_at" is not null and pr."decided_at" is not null), 0) as "decided"
		from "reporting_periods" rp
		join "contracts" c on c."id" = rp."contract_id" and c."council_id" = ${councilId}
		left join "progress_returns" pr on pr."period_id" = rp."id"
		where rp."active" = 1 and ${returnIsDue(sql`rp."due_date"`, today)} and rp."due_date" >= ${yearAgo}`)!

	const approvedIn = (year: { start: string; end: string }) => sql`(
		select count(*) from "progress_returns" pr join "reporting_periods" rp on rp."id" = pr."period_id"
		join "contracts" c on c."id" = pr."contract_id" and c."council_id" = ${councilId}
		where pr."status" = 'approved' and rp."start_date" between ${year.start} and ${year.end})`
	const reporting = db.get<Omit<MaturityFigures['reporting'], 'lastYearLabel'>>(sql`
		select ${approvedIn(lastYear)} as "approvedLastYear",
			coalesce((select sum(dt."delivered_pence") from "delivered_totals" dt
				join "contract_commitments" cc on cc."id" = dt."commitment_id"
				join "contracts" c on c."id" = cc."contract_id" and c."council_id" = ${councilId}
				where dt."year_key" = ${lastYear.key}), 0) as "deliveredLastYearPence",
			${approvedIn(yearBefore)} as "approvedYearBefore",
			(select count(*) from "return_lines" rl join "progress_returns" pr on pr."id" = rl."return_id"
				join "contracts" c on c."id" = pr."contract_id" and c."council_id" = ${councilId}
				where rl."may_publish" = 1 and rl."narrative" != '' and pr."status" = 'approved') as "publishableCaseStudies"`)!

	const people = db.get<MaturityFigures['people']>(sql`
		select
			(select count(*) from "users" u where u."organisation_id" = ${councilId} and u."role" = 'contract_manager' and u."status" = 'active') as "contractManagers",
			(select count(*) from "users" u where u."organisation_id" = ${councilId} and u."role" = 'admin' and u."status" = 'active') as "administrators",
			(select count(*) from "organisations" o where o."kind" = 'supplier') as "supplierOrganisations",
			(select count(distinct m."organisation_id") from "matrices" m join "tenders" t on t."id" = m."tender_id"
				where t."council_id" = ${councilId} and m."submitted_at" is not null) as "biddingOrganisations"`)!

	return { toms, tenders, contracts, returns, reporting: { lastYearLabel: lastYear.label, ...reporting }, people }
}

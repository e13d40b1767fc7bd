import { and, eq, notInArray } from 'drizzle-orm'
import type { Tx } from '#db/client.server.ts'
import { progressReturns, reportingPeriods, type ReportingCadence } from '#db/schema.ts'
import { reportingPeriods as periodsFor } from '#app/domain/returns/periods.ts'
import { getSettings } from './settings.server.ts'

type ContractTerm = { id: number; councilId: number; startDate: string; endDate: string; cadence: ReportingCadence }

/**
 * Makes a contract's reporting periods match its term and cadence. Periods are matched by
 * key, so a change of dates updates them in place; a period that falls outside the new term
 * is deleted if nobody has started its return, and otherwise kept but marked inactive.
 */
export function syncReportingPeriods(tx: Tx, contract: ContractTerm) {
	const settings = getSettings(contract.councilId)
	const wanted = periodsFor({
		start: contract.startDate,
		end: contract.endDate,
		cadence: contract.cadence,
		financialYearStartMonth: settings.financialYearStartMonth,
		dueDays: settings.returnDueDays,
	})
	for (const period of wanted) {
		const values = {
			label: period.label,
			startDate: period.start,
			endDate: period.end,
			dueDate: period.dueDate,
			active: true,
		}
		tx.insert(reportingPeriods)
			.values({ contractId: contract.id, key: period.key, ...values })
			.onConflictDoUpdate({ target: [reportingPeriods.contractId, reportingPeriods.key], set: values })
			.run()
	}
	const keys = wanted.map((period) => period.key)
	const stale = tx
		.select({ id: reportingPeriods.id, returnId: progressReturns.id })
		.from(reportingPeriods)
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(
			and(
				eq(reportingPeriods.contractId, contract.id),
				keys.length ? notInArray(reportingPeriods.key, keys) : undefined,
			),
		)
		.all()
	for (const period of stale) {
		if (period.returnId === null) tx.delete(reportingPeriods).where(eq(reportingPeriods.id, period.id)).run()
		else tx.update(reportingPeriods).set({ active: false }).where(eq(reportingPeriods.id, period.id)).run()
	}
}

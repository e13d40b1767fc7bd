import { asc, eq, inArray } from 'drizzle-orm'
import type { Tx } from '#db/client.server.ts'
import { commitmentSchedule, contractCommitments, contractMilestones, contracts } from '#db/schema.ts'
import { lineValuePence } from '#app/domain/matrix/valuation.ts'
import { yearlySchedule } from '#app/domain/returns/yearly-schedule.ts'

/**
 * Works out each commitment's expected share per financial year, for the dashboards. The £
 * shares are cumulative values rounded and then differenced, so they add up to the
 * commitment's value to the penny. The caller passes the financial year's first month, so that
 * saving the settings can rebuild the schedule for the month being saved.
 */
export function syncCommitmentSchedule(tx: Tx, contractId: number, financialYearStartMonth: number) {
	const contract = tx
		.select({ startDate: contracts.startDate })
		.from(contracts)
		.where(eq(contracts.id, contractId))
		.get()
	if (!contract) return
	const commitments = tx.select().from(contractCommitments).where(eq(contractCommitments.contractId, contractId)).all()
	const ids = commitments.map((c) => c.id)
	if (ids.length === 0) return
	const milestones = tx
		.select()
		.from(contractMilestones)
		.where(inArray(contractMilestones.commitmentId, ids))
		.orderBy(asc(contractMilestones.position))
		.all()
	tx.delete(commitmentSchedule).where(inArray(commitmentSchedule.commitmentId, ids)).run()
	for (const commitment of commitments) {
		if (commitment.quantityHundredths === null) continue
		const years = yearlySchedule(
			milestones.filter((m) => m.commitmentId === commitment.id),
			contract.startDate,
			financialYearStartMonth,
		)
		let cumulative = 0
		let cumulativePence = 0
		for (const year of years) {
			cumulative += year.expectedHundredths
			const valueSoFar = lineValuePence(cumulative, commitment.proxyValuePence) ?? 0
			tx.insert(commitmentSchedule)
				.values({
					commitmentId: commitment.id,
					yearKey: year.yearKey,
					yearLabel: year.yearLabel,
					yearStart: year.yearStart,
					yearEnd: year.yearEnd,
					expectedHundredths: year.expectedHundredths,
					expectedPence: valueSoFar - cumulativePence,
				})
				.run()
			cumulativePence = valueSoFar
		}
	}
}

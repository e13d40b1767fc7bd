import fs from 'node:fs'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { financialYearOf } from '#app/domain/financial-year.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { readEvidence } from '#app/infra/evidence-store.server.ts'
import { dropSingleton } from '#app/infra/singleton.server.ts'
import { closeDatabase, db } from './client.server.ts'
import {
	contractCommitments,
	contracts,
	evidenceFiles,
	matrixLineComments,
	matrixLines,
	matrices,
	progressReturns,
	reportingPeriods,
	returnLineComments,
	returnLines,
	tenders,
	tomsEditions,
} from './schema.ts'
import { seedDemoDataIfEmpty } from './seed.ts'

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
]
const SEASONS: Record<string, number[]> = {
	spring: [3, 4, 5],
	summer: [6, 7, 8],
	autumn: [9, 10, 11],
	winter: [12, 1, 2],
}

type Span = { start: string; end: string }

/** The months (1 to 12) that a span of calendar dates touches. */
function monthsOf({ start, end }: Span): Set<number> {
	const months = new Set<number>()
	for (
		let at = new Date(`${start.slice(0, 7)}-01T00:00:00Z`);
		at.toISOString().slice(0, 10) <= end;
		at.setUTCMonth(at.getUTCMonth() + 1)
	)
		months.add(at.getUTCMonth() + 1)
	return months
}

/** Whatever a text says about time that falls outside the span: a date, a month or a season. */
function outside(text: string, span: Span): string[] {
	const months = monthsOf(span)
	const wrong: string[] = []
	for (const [date] of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g))
		if (date < span.start || date > span.end) wrong.push(date)
	for (const [written, day, month, year] of text.matchAll(/\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/g)) {
		const date = `${year}-${String(MONTHS.indexOf(month!.toLowerCase()) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`
		if (date < span.start || date > span.end) wrong.push(written)
	}
	for (const word of text.toLowerCase().match(/\b[a-z]+\b/g) ?? []) {
		const month = MONTHS.indexOf(word) + 1
		// "May" is also a verb; the demo's words never use it so.
		if (month > 0 && !months.has(month)) wrong.push(word)
		if (SEASONS[word] && !SEASONS[word].some((m) => months.has(m))) wrong.push(word)
	}
	return wrong
}

/** Every piece of writing in the seeded demo, with the span of time it speaks of. */
function demoWriting(): Array<{ what: string; text: string; span: Span }> {
	const writing: Array<{ what: string; text: string; span: Span }> = []
	const returnsOf = db
		.select({ id: progressReturns.id, start: reportingPeriods.startDate, end: reportingPeriods.endDate })
		.from(progressReturns)
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.all()
	for (const filed of returnsOf) {
		const span = { start: filed.start, end: filed.end }
		for (const line of db.select().from(returnLines).where(eq(returnLines.returnId, filed.id)).all()) {
			writing.push({ what: `narrative ${line.id}`, text: `${line.narrative} ${line.deliveredText}`, span })
		}
		for (const comment of db.select().from(returnLineComments).where(eq(returnLineComments.returnId, filed.id)).all())
			writing.push({ what: `return comment ${comment.id}`, text: comment.body, span })
		for (const file of db.select().from(evidenceFiles).where(eq(evidenceFiles.returnId, filed.id)).all()) {
			writing.push({ what: file.fileName, text: readEvidence(file.sha256).toString('utf8'), span })
		}
	}
	// Method statements and the council's comments speak of the whole contract.
	for (const line of db
		.select({
			id: matrixLines.id,
			text: matrixLines.methodStatement,
			start: tenders.contractStart,
			end: tenders.contractEnd,
		})
		.from(matrixLines)
		.innerJoin(matrices, eq(matrices.id, matrixLines.matrixId))
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.all()) {
		writing.push({ what: `method statement ${line.id}`, text: line.text, span: line })
	}
	for (const comment of db
		.select({
			id: matrixLineComments.id,
			text: matrixLineComments.body,
			start: tenders.contractStart,
			end: tenders.contractEnd,
		})
		.from(matrixLineComments)
		.innerJoin(matrices, eq(matrices.id, matrixLineComments.matrixId))
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.all()) {
		writing.push({ what: `matrix comment ${comment.id}`, text: comment.text, span: comment })
	}
	for (const commitment of db
		.select({
			id: contractCommitments.id,
			text: contractCommitments.methodStatement,
			start: contracts.startDate,
			end: contracts.endDate,
		})
		.from(contractCommitments)
		.innerJoin(contracts, eq(contracts.id, contractCommitments.contractId))
		.all()) {
		writing.push({ what: `commitment ${commitment.id}`, text: commitment.text, span: commitment })
	}
	return writing
}

/** A new, empty database in place of the old, so the demo can be seeded again. */
function freshDatabase() {
	closeDatabase()
	const file = getEnv().databasePath
	for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
	// Kept answers belong to the old database's content versions, which the new one reuses.
	dropSingleton('read-cache')
}

// Seeded at these moments, the first period of the demo contract runs over each season and
// is one, three or six months long.
const seededAt = ['2026-12-07', '2027-03-10', '2027-06-20', '2027-08-15', '2027-09-20', '2028-02-01']

test.each(seededAt)(
	'the demo seeded on %s tells a story that fits its dates: nothing names a day, month or season outside the time it speaks of',
	async (day) => {
		freshDatabase()
		const now = Date.parse(`${day}T09:00:00Z`)
		await seedDemoDataIfEmpty(db, now)
		const writing = demoWriting()
		expect(writing.filter((w) => w.what.startsWith('narrative')).length).toBeGreaterThanOrEqual(4)
		expect(writing.some((w) => w.what === 'volunteering-hours.csv')).toBe(true)
		for (const { what, text, span } of writing)
			expect(outside(text, span), `${what} (${span.start} to ${span.end}): ${text}`).toEqual([])

		// Weeks of apprenticeship cannot be more than the weeks the period has.
		const [period] = db
			.select()
			.from(reportingPeriods)
			.innerJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
			.all()
		const weeks =
			(Date.parse(period!.reporting_periods.endDate) - Date.parse(period!.reporting_periods.startDate)) /
			(7 * 86_400_000)
		const apprenticeship = db
			.select({ delivered: returnLines.deliveredHundredths })
			.from(returnLines)
			.innerJoin(contractCommitments, eq(contractCommitments.id, returnLines.commitmentId))
			.where(eq(contractCommitments.measureCode, 'EMP-5'))
			.get()
		expect(apprenticeship!.delivered! / 100).toBeGreaterThan(0)
		expect(apprenticeship!.delivered! / 100).toBeLessThanOrEqual(weeks)

		// The TOMs were published before any tender valued against them, and named for that year.
		const edition = db.select().from(tomsEditions).get()!
		for (const tender of db.select().from(tenders).all())
			expect(edition.publishedAt!, tender.reference).toBeLessThan(tender.publishedAt!)
		expect(edition.name).toBe(`${financialYearOf(toLondonDateTime(edition.publishedAt!).date, 4).label} (illustrative)`)
	},
	30_000,
)

test('the checker sees the words that once contradicted the demo’s first period', () => {
	const january = { start: '2026-01-01', end: '2026-03-31' }
	expect(outside('Our first horticulture apprentice started in July.', january)).toEqual(['july'])
	expect(
		outside('Volunteering started late because of the summer heat; more is planned for the autumn.', january),
	).toEqual(['summer', 'autumn'])
	expect(outside('Date,Park,Volunteer hours\n2026-08-14,Riverside Park,40\n', january)).toEqual(['2026-08-14'])
	expect(outside('It started on 2 April 2026, in a wet spring.', january)).toEqual(['2 April 2026', 'april'])
	expect(outside('It started on 2 March 2026, in a wet spring.', january)).toEqual([])
})

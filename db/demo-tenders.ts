import { and, asc, eq, inArray } from 'drizzle-orm'
import { addDays, addMonths } from '#app/domain/calendar-dates.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { periodEndedAt } from '#app/domain/returns/periods.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema } from '#app/domain/tenders/tender-rules.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix, setQualityScore } from '#app/lib/matrix-review.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { addEvidence, saveReturnLine } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { getTender, publishTender, saveTender } from '#app/lib/tenders.server.ts'
import type { Db } from './client.server.ts'
import { firstReturnStory } from './demo-return-story.ts'
import {
	contractCommitments,
	matrices,
	progressReturns,
	reportingPeriods,
	tomsEditions,
	tomsMeasures,
	users,
} from './schema.ts'

const DAY = 86_400_000

type Line = { code: string; quantity?: number; text?: string; responsible: [string, string, string]; method: string }

/** The first day of the UK calendar month an instant falls in. */
export function firstOfMonth(at: number): string {
	return `${toLondonDateTime(at).date.slice(0, 8)}01`
}

/** The last day of `years` whole years from `start`. */
export function dayBeforeYearsFrom(start: string, years: number): string {
	return addDays(addMonths(start, years * 12), -1)
}

export function sessionFor(db: Db, email: string): SessionUser {
	const user = db.select().from(users).where(eq(users.email, email)).get()!
	return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId }
}

function entry(line: Line, start: string, end: string): LineEntry {
	const quantity = line.quantity === undefined ? null : line.quantity * 100
	// Yearly milestones, rising evenly to the commitment at the end of the term.
	const milestones =
		quantity === null
			? []
			: [1, 2, 3].map((year) => ({
					date: year === 3 ? end : dayBeforeYearsFrom(start, year),
					cumulativeHundredths: Math.round((quantity * year) / 3),
				}))
	return {
		declined: false,
		declineReason: '',
		quantityHundredths: quantity,
		commitmentText: line.text ?? '',
		milestones,
		responsibleName: line.responsible[0],
		responsibleRole: line.responsible[1],
		responsibleEmail: line.responsible[2],
		methodStatement: line.method,
	}
}

export function createTender(
	db: Db,
	manager: SessionUser,
	details: {
		reference: string
		title: string
		description: string
		value: string
		start: string
		end: string
		deadlineAt: number
		codes: string[]
	},
	at: number,
) {
	// The current edition of the manager's own council: each council of the demo has one.
	const edition = db
		.select({ id: tomsEditions.id })
		.from(tomsEditions)
		.where(and(eq(tomsEditions.isCurrent, true), eq(tomsEditions.councilId, manager.organisationId)))
		.get()!
	const measures = db
		.select({ id: tomsMeasures.id, code: tomsMeasures.code })
		.from(tomsMeasures)
		.where(and(eq(tomsMeasures.editionId, edition.id), inArray(tomsMeasures.code, details.codes)))
		.all()
	const deadline = toLondonDateTime(details.deadlineAt)
	const form = TenderFormSchema.parse({
		reference: details.reference,
		title: details.title,
		description: details.description,
		estimatedValue: details.value,
		contractStart: datePartsOf(details.start),
		contractEnd: datePartsOf(details.end),
		deadlineDate: datePartsOf(deadline.date),
		deadlineTime: deadline.time,
		weightingPercent: '10',
		quantitySharePercent: '60',
		targetPercent: '10',
		cadence: 'half_yearly',
		editionId: String(edition.id),
		contractManagerId: String(manager.id),
		measureIds: measures.map((m) => String(m.id)),
	})
	const ctx = { ip: '127.0.0.1', now: at }
	const saved = saveTender(manager, null, form, ctx)
	if (!saved.ok) throw new Error(`Demo tender ${details.reference}: ${JSON.stringify(saved.problems)}`)
	publishTender(manager, saved.tenderId, getTender(saved.tenderId)!.version, ctx, { shortPeriod: true })
	return { tenderId: saved.tenderId, measures }
}

export function version(db: Db, matrixId: number) {
	return db.select({ version: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.version
}

export function submitBid(
	db: Db,
	supplier: SessionUser,
	tender: { tenderId: number; measures: { id: number; code: string }[] },
	lines: Line[],
	term: { start: string; end: string },
	at: number,
) {
	const ctx = { ip: '127.0.0.1', now: at }
	const started = startMatrix(supplier, tender.tenderId, ctx)
	if (!started.ok) throw new Error(started.message)
	for (const line of lines) {
		const measure = tender.measures.find((m) => m.code === line.code)!
		saveLine(
			supplier,
			{
				matrixId: started.matrixId,
				measureId: measure.id,
				version: version(db, started.matrixId),
				entry: entry(line, term.start, term.end),
			},
			ctx,
		)
	}
	const submitted = submitMatrix(
		supplier,
		{ matrixId: started.matrixId, version: version(db, started.matrixId), declarationsConfirmed: true },
		ctx,
	)
	if (!submitted.ok) throw new Error(`Demo matrix: ${submitted.message} ${submitted.problems?.join('; ') ?? ''}`)
	return started.matrixId
}

/**
 * Brightstart files its first progress return, with a CSV of volunteering hours as evidence,
 * five days after the period ends; it waits for Priya's review. The contract started over ten
 * months ago, so its first period has always ended. What it says is told from the period's
 * own dates.
 */
function fileFirstReturn(db: Db, supplier: SessionUser, contractId: number) {
	const first = db
		.select()
		.from(reportingPeriods)
		.where(eq(reportingPeriods.contractId, contractId))
		.orderBy(asc(reportingPeriods.startDate))
		.get()
	if (!first) return
	const submitAt = periodEndedAt(first.endDate) + 5 * DAY
	const ctx = { ip: '127.0.0.1', now: submitAt }
	const opened = openReturn(supplier, first.id, ctx)
	if (!opened.ok) throw new Error(opened.message)
	const { answers, evidenceCsv } = firstReturnStory({ start: first.startDate, end: first.endDate })
	const commitments = db
		.select({ id: contractCommitments.id, code: contractCommitments.measureCode })
		.from(contractCommitments)
		.where(eq(contractCommitments.contractId, contractId))
		.all()
	const returnVersion = () =>
		db
			.select({ v: progressReturns.version })
			.from(progressReturns)
			.where(eq(progressReturns.id, opened.returnId))
			.get()!.v
	for (const commitment of commitments) {
		const entry = answers[commitment.code]
		if (entry)
			saveReturnLine(
				supplier,
				{ returnId: opened.returnId, commitmentId: commitment.id, version: returnVersion(), entry },
				ctx,
			)
	}
	const hours = commitments.find((c) => c.code === 'COM-6')
	if (hours)
		addEvidence(
			supplier,
			{
				returnId: opened.returnId,
				commitmentId: hours.id,
				fileName: 'volunteering-hours.csv',
				type: 'csv',
				bytes: new TextEncoder().encode(evidenceCsv),
			},
			ctx,
		)
	const submitted = submitReturn(supplier, { returnId: opened.returnId, version: returnVersion() }, ctx)
	if (!submitted.ok) throw new Error(`Demo return: ${submitted.message} ${submitted.problems?.join('; ') ?? ''}`)
}

export const parksLines = (people: [string, string, string]): Line[] => [
	{
		code: 'EMP-1',
		quantity: 6,
		responsible: people,
		method: 'We recruit through the council’s jobs brokerage and advertise in the local library and job centre first.',
	},
	{
		code: 'EMP-5',
		quantity: 156,
		responsible: people,
		method: 'One horticulture apprentice a year, with a college day release and a mentor on every crew.',
	},
	{
		code: 'COM-6',
		quantity: 900,
		responsible: people,
		method:
			'Every member of staff gives three days a year to friends-of-the-park groups, planned with the groups each spring.',
	},
	{
		code: 'ENV-6',
		quantity: 120,
		responsible: people,
		method: 'Green waste is composted on site; timber goes to the community woodworking project.',
	},
	{
		code: 'ENV-5',
		text: 'Electric mowers and vans on every crew by the end of the second year; a yearly carbon report to the council.',
		responsible: people,
		method: 'We replace petrol equipment as it wears out and have funded the charging points.',
	},
]

/** How long ago the demo's parks tender opened: the demo's oldest event but the TOMs it used. */
export const PARKS_TENDER_AGE_DAYS = 400

/**
 * Demo tenders that show the whole life of a matrix: one open for bids, one closed with its
 * bids waiting to be evaluated, and one awarded about a year ago (both bids approved, the
 * contract signed with Brightstart), so the contracts pages and progress reporting have
 * something real to show.
 */
export function seedDemoTenders(db: Db, now: number) {
	const manager = sessionFor(db, 'priya.patel@council.example')
	const brightstart = sessionFor(db, 'jo.baker@brightstart.example')
	const northgate = sessionFor(db, 'dan.ellis@northgate.example')

	const openedAt = now - PARKS_TENDER_AGE_DAYS * DAY
	const start = firstOfMonth(now - 330 * DAY)
	const end = dayBeforeYearsFrom(start, 3)
	// A reference carries the year its contract starts in.
	const parksReference = `PK/${start.slice(0, 4)}/011`
	const parks = createTender(
		db,
		manager,
		{
			reference: parksReference,
			title: 'Parks and green spaces maintenance',
			description: 'Grounds maintenance for the council’s parks, play areas and cemeteries for three years.',
			value: '1200000',
			start,
			end,
			deadlineAt: now - 370 * DAY,
			codes: ['EMP-1', 'EMP-5', 'COM-6', 'ENV-6', 'ENV-5'],
		},
		openedAt,
	)
	const term = { start, end }
	const bids = {
		brightstart: submitBid(
			db,
			brightstart,
			parks,
			parksLines(['Jo Baker', 'Social value lead', 'jo.baker@brightstart.example']),
			term,
			openedAt + DAY,
		),
		northgate: submitBid(
			db,
			northgate,
			parks,
			parksLines(['Dan Ellis', 'Bid manager', 'dan.ellis@northgate.example']).map((line) =>
				line.quantity ? { ...line, quantity: Math.round(line.quantity * 0.7) } : line,
			),
			term,
			openedAt + 2 * DAY,
		),
	}
	const reviewAt = { ip: '127.0.0.1', now: now - 365 * DAY }
	setQualityScore(manager, { matrixId: bids.brightstart, score: 80, version: version(db, bids.brightstart) }, reviewAt)
	setQualityScore(manager, { matrixId: bids.northgate, score: 65, version: version(db, bids.northgate) }, reviewAt)
	for (const matrixId of [bids.brightstart, bids.northgate]) {
		decideMatrix(manager, { matrixId, decision: 'approve', reason: '', version: version(db, matrixId) }, reviewAt)
	}
	const awarded = awardContract(
		manager,
		{
			matrixId: bids.brightstart,
			version: version(db, bids.brightstart),
			details: {
				reference: parksReference,
				title: 'Parks and green spaces maintenance',
				value: 1_150_000_00,
				startDate: start,
				endDate: end,
				cadence: 'half_yearly',
				contractManagerId: manager.id,
				commerciallySensitive: false,
			},
		},
		{ ip: '127.0.0.1', now: now - 360 * DAY },
	)
	if (!awarded.ok) throw new Error(`Demo award: ${awarded.message}`)
	fileFirstReturn(db, brightstart, awarded.contractId)

	// Its deadline passed three days ago with both bids in: Priya's home asks her to evaluate them.
	const streetsStart = firstOfMonth(now + 90 * DAY)
	const streetsTerm = { start: streetsStart, end: dayBeforeYearsFrom(streetsStart, 3) }
	const streets = createTender(
		db,
		manager,
		{
			reference: `ST/${streetsStart.slice(0, 4)}/007`,
			title: 'Street cleansing',
			description: 'Street sweeping, litter picking and graffiti removal across the district for three years.',
			value: '650000',
			...streetsTerm,
			deadlineAt: now - 3 * DAY,
			codes: ['EMP-1', 'EMP-5', 'COM-6', 'ENV-6', 'ENV-5'],
		},
		now - 45 * DAY,
	)
	submitBid(
		db,
		brightstart,
		streets,
		parksLines(['Jo Baker', 'Social value lead', 'jo.baker@brightstart.example']),
		streetsTerm,
		now - 10 * DAY,
	)
	submitBid(
		db,
		northgate,
		streets,
		parksLines(['Dan Ellis', 'Bid manager', 'dan.ellis@northgate.example']),
		streetsTerm,
		now - 8 * DAY,
	)

	const libraryStart = firstOfMonth(now + 120 * DAY)
	createTender(
		db,
		manager,
		{
			reference: `LIB/${libraryStart.slice(0, 4)}/003`,
			title: 'Library cleaning',
			description: 'Daily cleaning of the central library and four branch libraries.',
			value: '180000',
			start: libraryStart,
			end: dayBeforeYearsFrom(libraryStart, 3),
			deadlineAt: now + 21 * DAY,
			codes: ['EMP-1', 'COM-1', 'ENV-8', 'LOC-7'],
		},
		now - 7 * DAY,
	)
	return { contractId: awarded.contractId }
}

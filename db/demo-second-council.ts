import type { EditionContent } from '#app/domain/toms/content.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { createCouncil, type Council } from '#app/lib/councils.server.ts'
import { decideMatrix, setQualityScore } from '#app/lib/matrix-review.server.ts'
import type { Db } from './client.server.ts'
import {
	createTender,
	dayBeforeYearsFrom,
	firstOfMonth,
	parksLines,
	sessionFor,
	submitBid,
	version,
} from './demo-tenders.ts'

const DAY = 86_400_000

export const SECOND_COUNCIL = { name: 'Northshire District Council', shortName: 'Northshire', slug: 'northshire' }

/** The demo's TOMs for a council that has set no priorities of its own. */
export function withoutPriorities(content: EditionContent): EditionContent {
	return {
		themes: content.themes.map((theme) => ({
			...theme,
			outcomes: theme.outcomes.map((outcome) => ({
				...outcome,
				measures: outcome.measures.map((measure) => ({ ...measure, priorityCodes: [] })),
			})),
		})),
	}
}

/** A second council of the demo deployment, made as a deployment administrator would add one. */
export function createSecondCouncil(db: Db, now: number): Council {
	return db.transaction((tx) => createCouncil(tx, SECOND_COUNCIL, now))
}

/**
 * Northshire's one contract, for leisure centre cleaning, awarded to Brightstart about half a
 * year ago through the same tender, bid and award the first council's went through: Jo Baker's
 * home then shows contracts with two councils.
 */
export function seedSecondCouncilContract(db: Db, now: number) {
	const manager = sessionFor(db, 'nia.hughes@northshire.example')
	const brightstart = sessionFor(db, 'jo.baker@brightstart.example')
	const openedAt = now - 240 * DAY
	const start = firstOfMonth(now - 180 * DAY)
	const end = dayBeforeYearsFrom(start, 3)
	const reference = `NDC/LC/${start.slice(0, 4)}/002`
	const title = 'Leisure centre cleaning'
	const codes = ['EMP-1', 'EMP-5', 'COM-6', 'ENV-6', 'ENV-5']
	const tender = createTender(
		db,
		manager,
		{
			reference,
			title,
			description: 'Cleaning of Northshire’s three leisure centres and their pools for three years.',
			value: '420000',
			start,
			end,
			deadlineAt: now - 215 * DAY,
			codes,
		},
		openedAt,
	)
	const matrixId = submitBid(
		db,
		brightstart,
		tender,
		parksLines(['Jo Baker', 'Social value lead', 'jo.baker@brightstart.example']).map((line) =>
			line.quantity ? { ...line, quantity: Math.round(line.quantity * 0.5) } : line,
		),
		{ start, end },
		openedAt + 3 * DAY,
	)
	const reviewAt = { ip: '127.0.0.1', now: now - 210 * DAY }
	setQualityScore(manager, { matrixId, score: 75, version: version(db, matrixId) }, reviewAt)
	decideMatrix(manager, { matrixId, decision: 'approve', reason: '', version: version(db, matrixId) }, reviewAt)
	const awarded = awardContract(
		manager,
		{
			matrixId,
			version: version(db, matrixId),
			details: {
				reference,
				title,
				value: 410_000_00,
				startDate: start,
				endDate: end,
				cadence: 'half_yearly',
				contractManagerId: manager.id,
				commerciallySensitive: false,
			},
		},
		{ ip: '127.0.0.1', now: now - 205 * DAY },
	)
	if (!awarded.ok) throw new Error(`Demo award in the second council: ${awarded.message}`)
	return { contractId: awarded.contractId }
}

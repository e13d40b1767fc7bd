import fs from 'node:fs'
import path from 'node:path'
import type { APIRequest } from '@playwright/test'
import { and, asc, eq, gt, inArray, max } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import {
	matrices,
	outbox,
	progressReturns,
	reportingPeriods,
	sessions,
	tenders as tenderTable,
	users,
} from '#db/schema.ts'
import type { LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'
import { maturityAreas } from '#app/domain/maturity/levels.ts'
import { saveLevels, startAssessment } from '#app/lib/maturity.server.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { holdContractImport } from '#app/lib/contract-import.server.ts'
import { createDirectDraft } from '#app/lib/direct-contracts.server.ts'
import { startMatrix } from '#app/lib/matrices.server.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { decideMatrix } from '#app/lib/matrix-review.server.ts'
import { issueOneTimeToken } from '#app/lib/one-time-tokens.server.ts'
import { openReturn } from '#app/lib/returns.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { addEvidence, saveReturnLine } from '#app/lib/return-lines.server.ts'
import { submitReturn } from '#app/lib/return-submission.server.ts'
import { createSession, SESSION_COOKIE } from '#app/lib/session.server.ts'
import { getTender } from '#app/lib/tenders.server.ts'
import { firstCouncil } from '#app/lib/councils.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { holdImport } from '#app/lib/toms-imports.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { fixtureMeasure, fixtureTender, publishedOutcomeEdition, session } from '#tests/tender-fixture.ts'
import { shareEdition } from '#app/lib/toms-sharing.server.ts'
import { mailFileId } from '#app/infra/mail-transport.server.ts'
import { appOrigin, ensurePriorities, sampleContent } from './fixtures.ts'

/**
 * The people the authorisation policy speaks of. Supplier A owns every supplier resource the
 * policy names; supplier B is another bidder for the same tenders. The owning manager runs
 * the tenders and contracts; the other manager is council staff who does not.
 */
export const actors = [
	'signedOut',
	'supplierA',
	'supplierB',
	'otherManager',
	'owningManager',
	'admin',
	// Staff of another council of the deployment: none of the first council's records is theirs.
	'otherCouncilManager',
	'otherCouncilAdmin',
] as const
export type Actor = (typeof actors)[number]

const DAY = 86_400_000

function at(now: number) {
	return { ip: '127.0.0.1', now }
}

function ok<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result)}`)
	return result as Extract<T, { ok: true }>
}

function matrixVersion(matrixId: number) {
	return db.select({ v: matrices.version }).from(matrices).where(eq(matrices.id, matrixId)).get()!.v
}

function returnVersion(returnId: number) {
	return db.select({ v: progressReturns.version }).from(progressReturns).where(eq(progressReturns.id, returnId)).get()!
		.v
}

const pdf = (text: string) =>
	new Uint8Array(Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n`))

/**
 * Everything every route of the portal can name, made through the same services the pages
 * use, with the clock set where a state needs it (a closed tender, ended reporting periods):
 * a published and a draft TOMs edition; an open tender with both suppliers' draft matrices,
 * a second with A's submitted matrix, and a draft tender; two closed tenders, one awarded to
 * A (with a submitted return carrying evidence, and a draft one) and one with A's matrix
 * approved but not awarded and B's waiting for review; a contract won by B; sent mail, a
 * failed email, and unused invitation, reset and confirmation links.
 *
 * Pages that need no tenders, or no draft edition, can leave them out: every world stays in
 * the database the other journeys share, and the lists they read grow with it. What is left
 * out has the id 0, which names nothing.
 */
export async function buildWorld({
	tenders = true,
	draftEdition = true,
}: { tenders?: boolean; draftEdition?: boolean } = {}) {
	const now = Date.now()
	const outboxBefore =
		db
			.select({ top: max(outbox.id) })
			.from(outbox)
			.get()?.top ?? 0
	const suffix = `${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`
	// Words only their owner may read: each supplier's, and the council's own (a draft, a file held).
	const canaries = { a: `a-private-${suffix}`, b: `b-private-${suffix}`, council: `council-private-${suffix}` }
	const passwordHash = 'not a real hash'

	// The deployment's first council, whose public pages every journey reads, and another.
	const council = firstCouncil() ?? createOrganisation(db, { kind: 'council', name: `Council ${suffix}` })
	const otherCouncil = createOrganisation(db, { kind: 'council', name: `Other Council ${suffix}` })
	const otherCouncilUser = async (role: 'admin' | 'contract_manager', name: string) =>
		session(
			await createUser(db, {
				organisationId: otherCouncil.id,
				role,
				name,
				email: `${name.toLowerCase().replace(/\W+/g, '.')}-${suffix}@other-council.example`,
				passwordHash: 'not a real hash',
			}),
		)
	const councilUser = async (role: 'admin' | 'contract_manager', name: string, deploymentRole?: 'administrator') =>
		session(
			await createUser(db, {
				organisationId: council.id,
				role,
				name,
				email: `${name.toLowerCase().replace(/\W+/g, '.')}-${suffix}@council.example`,
				passwordHash,
				deploymentRole,
			}),
		)
	// Also the deployment's administrator, so the deployment's pages are in the ledger and the corpus.
	const admin = await councilUser('admin', 'Ada Admin', 'administrator')
	const owningManager = await councilUser('contract_manager', 'Owen Owner')
	const otherManager = await councilUser('contract_manager', 'Olive Other')
	const otherCouncilManager = await otherCouncilUser('contract_manager', 'Mo Elsewhere')
	const otherCouncilAdmin = await otherCouncilUser('admin', 'Al Elsewhere')
	// The other council shares an edition, so the first council's administrator has one to adopt.
	const sharedByOther = publishedOutcomeEdition(
		otherCouncilAdmin,
		{ edition: `Shared ${suffix}`, theme: 'Jobs', outcome: 'Local jobs' },
		[fixtureMeasure('SH-1', 'Local people employed', 'hours', 1693)],
		at(now),
	)
	ok(
		shareEdition(otherCouncilAdmin, sharedByOther.editionId, getEdition(sharedByOther.editionId)!.version, at(now)),
		'share edition',
	)
	const invitedStaff = session(
		await createUser(db, {
			organisationId: council.id,
			role: 'contract_manager',
			status: 'invited',
			name: 'Ivy Invited',
			email: `ivy-${suffix}@council.example`,
			passwordHash: null,
		}),
	)

	const orgA = createOrganisation(db, { kind: 'supplier', name: `Supplier A ${suffix}` })
	const orgB = createOrganisation(db, { kind: 'supplier', name: `Supplier B ${suffix}` })
	const supplierA = session(
		await createUser(db, {
			organisationId: orgA.id,
			role: 'supplier',
			name: 'Sam A',
			email: `sam-${suffix}@a.example`,
			passwordHash,
			isOrgAdmin: true,
			receivesReminders: true,
		}),
	)
	const colleagueA = session(
		await createUser(db, {
			organisationId: orgA.id,
			role: 'supplier',
			name: 'Cal A',
			email: `cal-${suffix}@a.example`,
			passwordHash,
		}),
	)
	const supplierB = session(
		await createUser(db, {
			organisationId: orgB.id,
			role: 'supplier',
			name: 'Bo B',
			email: `bo-${suffix}@b.example`,
			passwordHash,
			isOrgAdmin: true,
			receivesReminders: true,
		}),
	)
	// Each supplier's private words: no response to anyone outside it and the council may hold them.
	const canaryOf = (supplier: SessionUser) => (supplier.organisationId === orgA.id ? canaries.a : canaries.b)
	const unverified = session(
		await createUser(db, {
			organisationId: createOrganisation(db, { kind: 'supplier' }).id,
			role: 'supplier',
			status: 'unverified',
			name: 'Una Unverified',
			email: `una-${suffix}@c.example`,
			passwordHash,
		}),
	)

	const { published, hours, words } = publishedEdition(admin, now)

	const draft = draftEdition
		? makeDraftEdition(admin, suffix, now)
		: { id: NONE, theme: NONE, outcome: NONE, measure: NONE, heldImport: NONE, heldUnitsImport: NONE }
	if (!tenders) {
		return finish({
			now,
			suffix,
			canaries,
			admin,
			owningManager,
			otherManager,
			otherCouncilManager,
			otherCouncilAdmin,
			supplierA,
			supplierB,
			colleagueA,
			invitedStaff,
			unverified,
			orgA,
			orgB,
			published,
			hours,
			words,
			draft,
			outboxBefore,
		})
	}

	// Contracts ran from about 20 months ago for 3 years, so their first periods are over.
	const contractStart = toLondonDateTime(now - 600 * DAY).date
	const contractEnd = toLondonDateTime(now + 500 * DAY).date
	const middle = toLondonDateTime(now + 100 * DAY).date

	let tenderCount = 0
	function tender(opened: number, publish = true) {
		tenderCount += 1
		const tenderId = fixtureTender(
			owningManager,
			{
				reference: `SEC/${suffix}/${tenderCount}`,
				title: `Security tender ${tenderCount} ${suffix}`,
				contractStart,
				contractEnd,
				editionId: published,
				measureIds: [hours.id, words.id],
				publish,
			},
			at(opened),
		)
		return getTender(tenderId)!
	}

	function entries(canary: string) {
		const hoursEntry: LineEntry = {
			declined: false,
			declineReason: '',
			quantityHundredths: 200_00,
			commitmentText: '',
			milestones: [
				{ date: middle, cumulativeHundredths: 100_00 },
				{ date: contractEnd, cumulativeHundredths: 200_00 },
			],
			responsibleName: 'Jo Lead',
			responsibleRole: 'Manager',
			responsibleEmail: 'jo@supplier.example',
			methodStatement: `Staff give time. ${canary}`,
		}
		return {
			hours: hoursEntry,
			words: { ...hoursEntry, quantityHundredths: null, milestones: [], commitmentText: 'A waste plan' },
		}
	}

	function bid(supplier: SessionUser, tenderId: number, when: number, submit: boolean) {
		const entry = entries(canaryOf(supplier))
		const { matrixId } = ok(startMatrix(supplier, tenderId, at(when)), 'start matrix')
		ok(
			saveLine(
				supplier,
				{ matrixId, measureId: hours.id, version: matrixVersion(matrixId), entry: entry.hours },
				at(when),
			),
			'hours line',
		)
		if (!submit) return matrixId
		ok(
			saveLine(
				supplier,
				{ matrixId, measureId: words.id, version: matrixVersion(matrixId), entry: entry.words },
				at(when),
			),
			'words line',
		)
		ok(
			submitMatrix(supplier, { matrixId, version: matrixVersion(matrixId), declarationsConfirmed: true }, at(when)),
			'submit matrix',
		)
		return matrixId
	}

	const openTender = tender(now)
	const draftMatrixA = bid(supplierA, openTender.id, now, false)
	const draftMatrixB = bid(supplierB, openTender.id, now, false)
	const secondOpenTender = tender(now)
	const submittedMatrixA = bid(supplierA, secondOpenTender.id, now, true)
	const draftTender = tender(now, false)
	db.update(tenderTable).set({ description: canaries.council }).where(eq(tenderTable.id, draftTender.id)).run()
	// Bids for this one go to another system: its manager enters them (docs/decisions/022).
	const elsewhereTender = tender(now)
	db.update(tenderTable).set({ bidding: 'elsewhere' }).where(eq(tenderTable.id, elsewhereTender.id)).run()

	const opened = now - 700 * DAY
	const decided = opened + 11 * DAY
	function approve(matrixId: number) {
		ok(
			decideMatrix(
				owningManager,
				{ matrixId, decision: 'approve', reason: '', version: matrixVersion(matrixId) },
				at(decided),
			),
			'approve',
		)
	}
	function award(matrixId: number, reference: string) {
		const details = {
			reference,
			title: `Contract ${reference}`,
			value: 100_000_00,
			startDate: contractStart,
			endDate: contractEnd,
			cadence: 'half_yearly' as const,
			contractManagerId: owningManager.id,
			commerciallySensitive: false,
		}
		return ok(
			awardContract(owningManager, { matrixId, version: matrixVersion(matrixId), details }, at(decided)),
			'award',
		).contractId
	}

	const awardedTender = tender(opened)
	const awardedMatrixA = bid(supplierA, awardedTender.id, opened, true)
	const notAwardedMatrixB = bid(supplierB, awardedTender.id, opened, true)
	approve(awardedMatrixA)
	const contractA = award(awardedMatrixA, `SEC/${suffix}/A`)

	const reviewTender = tender(opened)
	const approvedMatrixA = bid(supplierA, reviewTender.id, opened, true)
	const reviewMatrixB = bid(supplierB, reviewTender.id, opened, true)
	approve(approvedMatrixA)

	// A contract the owning manager is recording directly for supplier A: never A's to see.
	const directDraftA = ok(
		createDirectDraft(
			owningManager,
			{
				reference: `SEC/${suffix}/D`,
				title: `Recorded ${suffix}`,
				value: 50_000_00,
				startDate: contractStart,
				endDate: contractEnd,
				cadence: 'half_yearly',
				contractManagerId: owningManager.id,
				commerciallySensitive: false,
				supplierId: String(orgA.id),
				supplierName: '',
				registrationNumber: null,
				contactName: '',
				contactEmail: '',
				editionId: published,
				measureIds: [hours.id, words.id],
			},
			at(now),
		),
		'direct draft',
	).matrixId

	const tenderWonByB = tender(opened)
	const wonMatrixB = bid(supplierB, tenderWonByB.id, opened, true)
	approve(wonMatrixB)
	const contractB = award(wonMatrixB, `SEC/${suffix}/B`)

	function periodsOf(contractId: number) {
		return db
			.select()
			.from(reportingPeriods)
			.where(eq(reportingPeriods.contractId, contractId))
			.orderBy(asc(reportingPeriods.startDate))
			.all()
	}
	const line = (narrative: string): ReturnLineEntry => ({
		deliveredHundredths: 10_00,
		deliveredText: '',
		milestoneStatus: 'on_track',
		narrative,
		mayPublish: false,
	})
	const wordsLine = (narrative: string): ReturnLineEntry => ({
		deliveredHundredths: null,
		deliveredText: `Plan in use ${narrative}`,
		milestoneStatus: 'met',
		narrative,
		mayPublish: false,
	})

	function fileReturn(supplier: SessionUser, periodId: number, submit: boolean) {
		const canary = canaryOf(supplier)
		const { returnId } = ok(openReturn(supplier, periodId, at(now)), 'open return')
		const { commitments } = loadReturn(returnId)!
		const hoursCommitment = commitments.find((c) => !c.qualitative)!
		const wordsCommitment = commitments.find((c) => c.qualitative)!
		ok(
			saveReturnLine(
				supplier,
				{ returnId, commitmentId: hoursCommitment.id, version: returnVersion(returnId), entry: line(canary) },
				at(now),
			),
			'return line',
		)
		ok(
			saveReturnLine(
				supplier,
				{ returnId, commitmentId: wordsCommitment.id, version: returnVersion(returnId), entry: wordsLine(canary) },
				at(now),
			),
			'return words',
		)
		ok(
			addEvidence(
				supplier,
				{
					returnId,
					commitmentId: hoursCommitment.id,
					fileName: `timesheets-${suffix}.pdf`,
					type: 'pdf',
					bytes: pdf(canary),
				},
				at(now),
			),
			'evidence',
		)
		if (submit) ok(submitReturn(supplier, { returnId, version: returnVersion(returnId) }, at(now)), 'submit return')
		const evidenceId = loadReturn(returnId)!.evidence[0]!.id
		return { returnId, evidenceId, commitments: { hours: hoursCommitment.id, words: wordsCommitment.id } }
	}
	const periodsA = periodsOf(contractA)
	const submittedReturnA = fileReturn(supplierA, periodsA[0]!.id, true)
	const draftReturnA = fileReturn(supplierA, periodsA[1]!.id, false)
	const draftReturnB = fileReturn(supplierB, periodsOf(contractB)[0]!.id, false)

	return finish({
		now,
		suffix,
		canaries,
		admin,
		owningManager,
		otherManager,
		otherCouncilManager,
		otherCouncilAdmin,
		supplierA,
		supplierB,
		colleagueA,
		invitedStaff,
		unverified,
		orgA,
		orgB,
		published,
		hours,
		words,
		draft,
		outboxBefore,
		tenders: {
			open: openTender.id,
			secondOpen: secondOpenTender.id,
			draft: draftTender.id,
			awarded: awardedTender.id,
			review: reviewTender.id,
			elsewhere: elsewhereTender.id,
		},
		matrices: {
			draftA: draftMatrixA,
			draftB: draftMatrixB,
			submittedA: submittedMatrixA,
			awardedA: awardedMatrixA,
			notAwardedB: notAwardedMatrixB,
			approvedA: approvedMatrixA,
			reviewB: reviewMatrixB,
			directA: directDraftA,
		},
		contracts: { a: contractA, b: contractB },
		periods: { submittedA: periodsA[0]!.id, draftA: periodsA[1]!.id },
		returns: { submittedA: submittedReturnA, draftA: draftReturnA, draftB: draftReturnB },
	})
}

/** An id that names nothing: a page asked for it answers 404. */
const NONE = 0
const noReturn = { returnId: NONE, evidenceId: NONE, commitments: { hours: NONE, words: NONE } }

type Parts = {
	now: number
	suffix: string
	canaries: { a: string; b: string; council: string }
	otherCouncilManager: SessionUser
	otherCouncilAdmin: SessionUser
	admin: SessionUser
	owningManager: SessionUser
	otherManager: SessionUser
	supplierA: SessionUser
	supplierB: SessionUser
	colleagueA: SessionUser
	invitedStaff: SessionUser
	unverified: SessionUser
	orgA: { id: number }
	orgB: { id: number }
	published: number
	hours: { id: number; code: string }
	words: { id: number }
	draft: { id: number; theme: number; outcome: number; measure: number; heldImport: number; heldUnitsImport: number }
	outboxBefore: number
	tenders?: { open: number; secondOpen: number; draft: number; awarded: number; review: number; elsewhere: number }
	matrices?: {
		draftA: number
		draftB: number
		submittedA: number
		awardedA: number
		notAwardedB: number
		approvedA: number
		reviewB: number
		directA: number
	}
	contracts?: { a: number; b: number }
	periods?: { submittedA: number; draftA: number }
	returns?: { submittedA: typeof noReturn; draftA: typeof noReturn; draftB: typeof noReturn }
}

/** The parts every world has (mail, links), then the world as the policy and corpus name it. */
function finish(parts: Parts) {
	const { now, suffix } = parts
	const mailId = writeSentMail(now, suffix, parts.admin.organisationId)
	const sentOutbox = db
		.insert(outbox)
		.values({
			dedupeKey: `security-sent:${suffix}`,
			councilId: parts.admin.organisationId,
			to: 'sent@example.com',
			subject: 'Sent',
			html: '<p>Sent</p>',
			text: 'Sent',
			status: 'sent',
			attempts: 1,
			nextAttemptAt: now,
			createdAt: now,
			sentAt: now,
		})
		.returning({ id: outbox.id })
		.get()
	const failedOutbox = db
		.insert(outbox)
		.values({
			dedupeKey: `security-failed:${suffix}`,
			councilId: parts.admin.organisationId,
			to: 'failed@example.com',
			subject: 'Failed',
			html: '<p>Failed</p>',
			text: 'Failed',
			status: 'failed',
			attempts: 8,
			lastError: 'Mailbox unavailable',
			nextAttemptAt: now,
			createdAt: now,
		})
		.returning({ id: outbox.id })
		.get()
	// The emails building the world queued are nobody's to read; left queued, the server's
	// worker would send hundreds of them ahead of the mail the next journeys wait for.
	db.update(outbox)
		.set({ status: 'sent', sentAt: now })
		.where(and(gt(outbox.id, parts.outboxBefore), eq(outbox.status, 'queued')))
		.run()

	// A maturity self-assessment whose plan has actions in every area.
	const assessment = startAssessment(
		parts.admin,
		{ title: `Assessment ${parts.canaries.council}`, assessedOn: '2026-06-30' },
		{ ip: '127.0.0.1', now },
	)
	const levels = maturityAreas.map((area) => ({
		area: area.key,
		present: 'follower' as const,
		target: 'innovator' as const,
	}))
	if (!saveLevels(parts.admin, { assessmentId: assessment, version: 1, levels }, { ip: '127.0.0.1', now }).ok)
		throw new Error('maturity levels not saved')

	const tokens = {
		invitation: issueOneTimeToken(db, parts.invitedStaff.id, 'invitation', now),
		passwordReset: issueOneTimeToken(db, parts.colleagueA.id, 'password_reset', now),
		emailVerification: issueOneTimeToken(db, parts.unverified.id, 'email_verification', now),
	}
	const { supplierA, supplierB, otherManager, owningManager, admin, otherCouncilManager, otherCouncilAdmin } = parts
	const people = {
		supplierA,
		supplierB,
		otherManager,
		owningManager,
		admin,
		otherCouncilManager,
		otherCouncilAdmin,
	} satisfies Record<Exclude<Actor, 'signedOut'>, SessionUser>
	return {
		now,
		suffix,
		canaries: parts.canaries,
		people,
		colleagueA: parts.colleagueA,
		invitedStaff: parts.invitedStaff,
		organisations: { a: parts.orgA.id, b: parts.orgB.id },
		// A contracts import file held for its preview: an empty one, so confirming it creates nothing.
		contractImport: holdContractImport(
			admin,
			`held-${parts.canaries.council}.xlsx`,
			{ suppliers: [], contracts: [] },
			{ ip: '127.0.0.1', now },
		),
		editions: {
			published: parts.published,
			draft: parts.draft.id,
			draftTheme: parts.draft.theme,
			draftOutcome: parts.draft.outcome,
			draftMeasure: parts.draft.measure,
			draftImport: parts.draft.heldImport,
			draftUnitsImport: parts.draft.heldUnitsImport,
		},
		measures: { hours: parts.hours.id, words: parts.words.id, hoursCode: parts.hours.code },
		tenders: parts.tenders ?? {
			open: NONE,
			secondOpen: NONE,
			draft: NONE,
			awarded: NONE,
			review: NONE,
			elsewhere: NONE,
		},
		matrices: parts.matrices ?? {
			draftA: NONE,
			draftB: NONE,
			submittedA: NONE,
			awardedA: NONE,
			notAwardedB: NONE,
			approvedA: NONE,
			reviewB: NONE,
			directA: NONE,
		},
		contracts: parts.contracts ?? { a: NONE, b: NONE },
		periods: parts.periods ?? { submittedA: NONE, draftA: NONE },
		returns: parts.returns ?? { submittedA: noReturn, draftA: noReturn, draftB: noReturn },
		mailId,
		outbox: { sent: sentOutbox.id, failed: failedOutbox.id },
		maturity: { assessment },
		tokens,
	}
}

let shared: { published: number; hours: { id: number; code: string }; words: { id: number } } | undefined

/**
 * One published edition serves every world of the same council: it can never change once
 * published, and each edition more lengthens the lists of editions the other journeys read.
 */
function publishedEdition(admin: SessionUser, now: number) {
	// Each world has a council of its own, and a council's tenders use its own editions only.
	const existing = shared ? getEdition(shared.published) : undefined
	if (shared && existing?.status === 'published' && existing.councilId === admin.organisationId) return shared
	ensurePriorities()
	const created = ok(
		createEdition(admin, { name: `Security ${now.toString(36)}`, description: '', copyFromId: null }, at(now)),
		'edition',
	)
	ok(replaceEditionContent(admin, created.editionId, sampleContent, at(now)), 'edition content')
	ok(publishEdition(admin, created.editionId, getEdition(created.editionId)!.version, at(now)), 'publish edition')
	const measures = loadEditionTree(created.editionId).themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures))
	const hours = measures.find((m) => m.code === 'JOB-2')!
	const words = measures.find((m) => m.code === 'ENV-2')!
	shared = { published: created.editionId, hours: { id: hours.id, code: hours.code }, words: { id: words.id } }
	return shared
}

function makeDraftEdition(admin: SessionUser, suffix: string, now: number) {
	const id = ok(
		createEdition(admin, { name: `Draft ${suffix}`, description: '', copyFromId: null }, at(now)),
		'draft edition',
	).editionId
	ok(replaceEditionContent(admin, id, sampleContent, at(now)), 'draft content')
	const theme = loadEditionTree(id).themes[0]!
	const outcome = theme.outcomes[0]!
	// A file read for import into the draft, waiting to be confirmed.
	const heldImport = holdImport(
		admin,
		id,
		{ fileName: 'held.csv', content: sampleContent, rounded: [], unmatchedUnits: [] },
		now,
	)!
	// And one whose units are not all the council's, waiting for them to be resolved.
	const [firstTheme, ...otherThemes] = sampleContent.themes
	const [firstOutcome, ...otherOutcomes] = firstTheme!.outcomes
	const [firstMeasure, ...otherMeasures] = firstOutcome!.measures
	const withFurlongs = {
		themes: [
			{
				...firstTheme!,
				outcomes: [
					{ ...firstOutcome!, measures: [{ ...firstMeasure!, unit: 'furlongs' }, ...otherMeasures] },
					...otherOutcomes,
				],
			},
			...otherThemes,
		],
	}
	const unmatchedUnits = [
		{ text: 'furlongs', rows: [2], valuedRows: firstMeasure!.proxyValuePence === null ? [] : [2] },
	]
	const heldUnitsImport = holdImport(
		admin,
		id,
		{ fileName: 'units.csv', content: withFurlongs, rounded: [], unmatchedUnits },
		now,
	)!
	return { id, theme: theme.id, outcome: outcome.id, measure: outcome.measures[0]!.id, heldImport, heldUnitsImport }
}

export type World = Awaited<ReturnType<typeof buildWorld>>

/**
 * Takes a world out of the lists the later journeys read, once its tests are done: its people
 * can no longer sign in (so they leave every choice of contract manager) and its tenders are
 * withdrawn (so they leave the opportunities). Its rows stay, as a real portal's would.
 */
export function retireWorld(world: World) {
	const people = [...Object.values(world.people), world.colleagueA, world.invitedStaff].map((person) => person.id)
	db.transaction((tx) => {
		tx.delete(sessions).where(inArray(sessions.userId, people)).run()
		tx.update(users).set({ status: 'disabled' }).where(inArray(users.id, people)).run()
		const { open, secondOpen, draft } = world.tenders
		tx.update(tenderTable)
			.set({ status: 'cancelled', cancelledReason: 'Withdrawn' })
			.where(inArray(tenderTable.id, [open, secondOpen, draft]))
			.run()
	})
}

/** A sent message in the mail folder, as the outbox worker writes one. */
function writeSentMail(now: number, suffix: string, councilId: number) {
	const mailDir = process.env.MAIL_DIR as string
	const messageId = `<security-${suffix}@localhost>`
	const id = mailFileId(messageId, now)
	// Its outbox row says whose it is: the council's administrators read it.
	db.insert(outbox)
		.values({
			dedupeKey: `security-kept:${suffix}`,
			councilId,
			messageId,
			to: 'someone@example.com',
			subject: 'Your return is due',
			html: '<p>Due</p>',
			text: 'Due',
			status: 'sent',
			attempts: 1,
			nextAttemptAt: now,
			createdAt: now,
			sentAt: now,
		})
		.run()
	fs.mkdirSync(mailDir, { recursive: true })
	const message = {
		id,
		sentAt: now,
		messageId,
		from: 'portal@example.com',
		to: 'someone@example.com',
		subject: 'Your return is due',
		html: '<p>Due</p>',
		text: 'Due',
	}
	fs.writeFileSync(path.join(mailDir, `${id}.json`), JSON.stringify(message))
	return id
}

/** A fresh session for one of the world's people: the token a browser would hold in its cookie. */
export function sessionTokenFor(user: { id: number }): string {
	return createSession(user.id, Date.now(), db).token
}

/** The same, as the Cookie header a browser would send. */
export function cookieFor(user: { id: number }): string {
	return `${SESSION_COOKIE}=${sessionTokenFor(user)}`
}

/**
 * A request context holding one actor's session in its cookie jar, as their browser would,
 * so the cookies the portal sets (a refreshed expiry, a cleared session) apply as they would
 * there. The signed-out actor's jar starts empty.
 */
export async function actorContext(playwright: { request: APIRequest }, world: World, actor: Actor) {
	const token = actor === 'signedOut' ? null : sessionTokenFor(world.people[actor])
	const host = new URL(appOrigin).hostname
	const cookies = token
		? [
				{
					name: SESSION_COOKIE,
					value: token,
					domain: host,
					path: '/',
					expires: -1,
					httpOnly: true,
					secure: false,
					sameSite: 'Lax' as const,
				},
			]
		: []
	const context = await playwright.request.newContext({ baseURL: appOrigin, storageState: { cookies, origins: [] } })
	return { context, token }
}

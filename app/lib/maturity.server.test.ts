import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, returnLines, tenders } from '#db/schema.ts'
import { maturityEvidence } from '#app/domain/maturity/evidence.ts'
import { setUpAwardedContract, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import { fileReturn } from '#tests/returns-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import { maturityFigures } from './maturity-evidence.server.ts'
import { listAssessments, loadAssessment, saveAreaActions, saveLevels, startAssessment } from './maturity.server.ts'

let contract: Awaited<ReturnType<typeof setUpAwardedContract>>
const now = Date.UTC(2028, 4, 20, 12) // 20 May 2028
const ctx = { ip: '127.0.0.1', now }

beforeAll(async () => {
	// A £100,000 tender at 10% (published January 2027, now more than a year ago), awarded,
	// with both 2027/28 half-year returns approved on time.
	contract = await setUpAwardedContract('MI-1', Date.UTC(2027, 0, 10, 9))
	const first = fileReturn(contract, '2027-28-H1', 35, 'approved', '2027-10-05T09:00:00Z')
	fileReturn(contract, '2027-28-H2', 20, 'approved', '2028-04-05T09:00:00Z')
	db.update(returnLines)
		.set({ narrative: 'Forty residents helped', mayPublish: true })
		.where(eq(returnLines.returnId, first))
		.run()
	// A £250,000 tender at 15%, published in June 2027.
	const second = await setUpMatrixTender('MI-2', Date.UTC(2027, 5, 1, 9))
	db.update(tenders)
		.set({ estimatedValuePence: 250_000_00, weightingPercent: 15 })
		.where(eq(tenders.id, second.tenderId))
		.run()
})

test('the evidence figures come from the live data', () => {
	const figures = maturityFigures(contract.admin.organisationId, now)
	expect(figures.toms).toMatchObject({ measures: 2, measuresWithProxy: 1, measuresWithPriority: 0, draftEditions: 0 })
	expect(figures.toms.currentPublishedAt).not.toBeNull()
	expect(figures.tenders).toEqual({
		total: 1,
		withSocialValue: 1,
		over: 1,
		overWithSocialValue: 1,
		overAtLeast5: 1,
		overAtLeast10: 1,
		overAbove10: 1,
		below: 0,
		belowWithSocialValue: 0,
	})
	expect(figures.contracts).toEqual({
		total: 1,
		withPeriodEnded: 1,
		monitored: 1,
		active: 1,
		activeToldOfProgress: 1,
		onRegister: 1,
	})
	expect(figures.returns).toEqual({ due: 2, onTime: 2, submitted: 2, decided: 2 })
	// Both 2027/28 returns count in the last complete financial year; £16.93 × 55 hours.
	expect(figures.reporting).toEqual({
		lastYearLabel: '2027/28',
		approvedLastYear: 2,
		deliveredLastYearPence: 93_115,
		approvedYearBefore: 0,
		publishableCaseStudies: 2,
	})
	expect(figures.people).toEqual({
		contractManagers: 0,
		administrators: 2,
		supplierOrganisations: 4,
		biddingOrganisations: 1,
	})
})

test('a tender published with 15% weighting moves procurement up', () => {
	const procurement = () =>
		maturityEvidence(maturityFigures(contract.admin.organisationId, now), now).find((e) => e.area === 'procurement')!
			.supported
	expect(procurement()).toBe('innovator')
	// Still in every tender's quality score, but no longer above 10%.
	db.update(tenders).set({ weightingPercent: 8 }).where(eq(tenders.reference, 'MI-2')).run()
	expect(procurement()).toBe('leader')
	db.update(tenders).set({ weightingPercent: 4 }).where(eq(tenders.reference, 'MI-2')).run()
	expect(procurement()).toBe('follower')
	db.update(tenders).set({ weightingPercent: 15 }).where(eq(tenders.reference, 'MI-2')).run()
})

test('an assessment keeps its levels and the work on its actions, refusing stale saves', () => {
	const id = startAssessment(contract.admin, { title: 'Spring 2028', assessedOn: '2028-05-20' }, ctx)
	expect(
		saveLevels(
			contract.admin,
			{ assessmentId: id, version: 1, levels: [{ area: 'procurement', present: 'follower', target: 'leader' }] },
			ctx,
		),
	).toEqual({ ok: true })
	expect(saveLevels(contract.admin, { assessmentId: id, version: 1, levels: [] }, ctx)).toMatchObject({
		ok: false,
		status: 409,
	})
	const action = {
		key: 'procurement.mature.1',
		owner: 'Head of Procurement',
		dueDate: '2028-09-30',
		status: 'in_progress' as const,
		version: 0,
	}
	expect(saveAreaActions(contract.admin, { assessmentId: id, area: 'procurement', actions: [action] }, ctx)).toEqual({
		ok: true,
	})
	expect(
		saveAreaActions(
			contract.admin,
			{ assessmentId: id, area: 'procurement', actions: [{ ...action, owner: 'Someone else' }] },
			ctx,
		),
	).toMatchObject({ ok: false, status: 409 })
	// An action outside the plan (a level already reached, or another area) is refused.
	expect(
		saveAreaActions(
			contract.admin,
			{ assessmentId: id, area: 'procurement', actions: [{ ...action, key: 'procurement.follower.1' }] },
			ctx,
		),
	).toMatchObject({ ok: false, status: 404 })
	expect(
		saveAreaActions(
			contract.admin,
			{ assessmentId: id, area: 'procurement', actions: [{ ...action, key: 'policy.mature.1' }] },
			ctx,
		),
	).toMatchObject({ ok: false, status: 404 })
	const loaded = loadAssessment(contract.admin.organisationId, id)!
	expect(loaded.levels).toEqual([{ area: 'procurement', present: 'follower', target: 'leader' }])
	expect(loaded.actions.get('procurement.mature.1')).toEqual({
		owner: 'Head of Procurement',
		dueDate: '2028-09-30',
		status: 'in_progress',
		version: 1,
	})
	expect(loaded.plan[0]!.steps.map((s) => s.level)).toEqual(['mature', 'leader'])
	const audit = db
		.select()
		.from(auditEvents)
		.all()
		.filter((e) => e.action.startsWith('maturity_'))
	expect(audit.map((e) => e.action)).toEqual([
		'maturity_assessment_started',
		'maturity_levels_saved',
		'maturity_actions_saved',
	])
})

describe('another council', () => {
	test('counts only its own work and never sees or changes this council’s assessments', async () => {
		const other = createOrganisation(db, { kind: 'council', name: 'Otherside Council' })
		const otherAdmin = session(await createUser(db, { organisationId: other.id, role: 'admin', passwordHash: 'x' }))
		const figures = maturityFigures(other.id, now)
		expect(figures.toms).toMatchObject({ measures: 0, draftEditions: 0, currentPublishedAt: null })
		expect(figures.tenders.total).toBe(0)
		expect(figures.contracts.total).toBe(0)
		expect(figures.returns.due).toBe(0)
		expect(figures.reporting).toMatchObject({
			approvedLastYear: 0,
			deliveredLastYearPence: 0,
			publishableCaseStudies: 0,
		})
		expect(figures.people).toMatchObject({ contractManagers: 0, administrators: 1, biddingOrganisations: 0 })

		const ours = startAssessment(contract.admin, { title: 'Ours', assessedOn: '2028-05-20' }, ctx)
		const theirs = startAssessment(otherAdmin, { title: 'Theirs', assessedOn: '2028-05-20' }, ctx)
		expect(listAssessments(other.id).map((a) => a.id)).toEqual([theirs])
		expect(listAssessments(contract.admin.organisationId).map((a) => a.id)).not.toContain(theirs)
		expect(loadAssessment(other.id, ours)).toBeNull()
		const levels = [{ area: 'procurement' as const, present: 'follower' as const, target: 'leader' as const }]
		expect(saveLevels(otherAdmin, { assessmentId: ours, version: 1, levels }, ctx)).toMatchObject({
			ok: false,
			status: 404,
		})
		const action = {
			key: 'procurement.mature.1',
			owner: 'X',
			dueDate: null,
			status: 'in_progress' as const,
			version: 0,
		}
		expect(
			saveAreaActions(otherAdmin, { assessmentId: ours, area: 'procurement', actions: [action] }, ctx),
		).toMatchObject({ ok: false, status: 404 })
		const untouched = loadAssessment(contract.admin.organisationId, ours)!
		expect(untouched.levels).toEqual([])
		expect(untouched.assessment.version).toBe(1)
	})
})

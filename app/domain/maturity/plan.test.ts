import { describe, expect, test } from 'vitest'
import { maturityActions } from './actions.ts'
import { maturityAreas, maturityLevels, type MaturityLevel } from './levels.ts'
import { actionPlan, areaPlan, areaProgress, compareAssessments, planHasAction } from './plan.ts'

describe('areaPlan', () => {
	test('climbs level by level from the present to the target', () => {
		const plan = areaPlan({ area: 'procurement', present: 'follower', target: 'innovator' })
		expect(plan.standing).toBe('climbing')
		expect(plan.steps.map((step) => [step.level, step.actions.length])).toEqual([
			['mature', 3],
			['leader', 3],
			['innovator', 4],
		])
		expect(plan.steps[0]!.actions[2]).toEqual({
			key: 'procurement.mature.3',
			text: 'Weight social value at between 5% and 10% of the quality score.',
		})
	})

	test('from incomplete the first step is follower', () => {
		const plan = areaPlan({ area: 'market', present: 'incomplete', target: 'mature' })
		expect(plan.steps.map((step) => step.level)).toEqual(['follower', 'mature'])
		expect(plan.steps[0]!.actions.map((a) => a.key)).toEqual(['market.follower.1', 'market.follower.2'])
	})

	test('a level with no actions of its own is still shown as a step', () => {
		const plan = areaPlan({ area: 'reporting', present: 'incomplete', target: 'leader' })
		expect(plan.steps.map((step) => [step.level, step.actions.length])).toEqual([
			['follower', 0],
			['mature', 0],
			['leader', 1],
		])
	})

	test('present equal to target needs nothing', () => {
		expect(areaPlan({ area: 'policy', present: 'leader', target: 'leader' })).toMatchObject({
			steps: [],
			standing: 'at_target',
		})
	})

	test('present above target plans no step down', () => {
		expect(areaPlan({ area: 'policy', present: 'innovator', target: 'mature' })).toMatchObject({
			steps: [],
			standing: 'above_target',
		})
	})

	test('every pair of levels in every area gives one step per level climbed, with every action of those levels', () => {
		for (const { key } of maturityAreas) {
			for (const present of maturityLevels) {
				for (const target of maturityLevels) {
					const plan = areaPlan({ area: key, present, target })
					const climbed = maturityLevels.slice(maturityLevels.indexOf(present) + 1, maturityLevels.indexOf(target) + 1)
					expect(plan.steps.map((s) => s.level)).toEqual(climbed)
					const expected = climbed.flatMap(
						(level) => maturityActions[key][level as Exclude<MaturityLevel, 'incomplete'>],
					)
					expect(plan.steps.flatMap((s) => s.actions.map((a) => a.text))).toEqual(expected)
				}
			}
		}
	})
})

test('the plan keeps the index order and knows its own actions', () => {
	const plan = actionPlan([
		{ area: 'reporting', present: 'mature', target: 'innovator' },
		{ area: 'policy', present: 'incomplete', target: 'mature' },
	])
	expect(plan.map((a) => a.area)).toEqual(['policy', 'reporting'])
	expect(planHasAction(plan, 'reporting.innovator.2')).toBe(true)
	expect(planHasAction(plan, 'reporting.follower.1')).toBe(false)
	expect(planHasAction(plan, 'governance.mature.1')).toBe(false)
})

test('progress counts done and in-progress actions of an area', () => {
	const plan = areaPlan({ area: 'contracts', present: 'follower', target: 'innovator' })
	const statuses: Record<string, 'done' | 'in_progress'> = {
		'contracts.mature.1': 'done',
		'contracts.leader.2': 'in_progress',
	}
	expect(areaProgress(plan, (key) => statuses[key] ?? 'not_started')).toEqual({ done: 1, inProgress: 1, total: 5 })
})

test('comparing two assessments shows each area then and now', () => {
	const before = [
		{ area: 'policy' as const, present: 'follower' as const, target: 'leader' as const },
		{ area: 'reporting' as const, present: 'mature' as const, target: 'innovator' as const },
		{ area: 'market' as const, present: 'mature' as const, target: 'mature' as const },
	]
	const after = [
		{ area: 'policy' as const, present: 'mature' as const, target: 'leader' as const },
		{ area: 'reporting' as const, present: 'follower' as const, target: 'innovator' as const },
		{ area: 'procurement' as const, present: 'leader' as const, target: 'innovator' as const },
	]
	const changes = compareAssessments(before, after)
	expect(changes).toHaveLength(10)
	expect(Object.fromEntries(changes.map((c) => [c.area, c.movement]))).toMatchObject({
		policy: 'up',
		reporting: 'down',
		procurement: 'new',
		market: 'dropped',
	})
	expect(changes.find((c) => c.area === 'policy')).toMatchObject({
		before: { present: 'follower' },
		after: { present: 'mature' },
	})
	expect(changes.find((c) => c.area === 'internal')).toMatchObject({ before: null, after: null })
})

test('the levels form needs a present and target level for every area, named in the message', async () => {
	const { LevelsFormSchema, levelsFromForm } = await import('./levels-form.ts')
	const complete = Object.fromEntries(
		maturityAreas.flatMap((a) => [
			[`${a.key}-present`, 'follower'],
			[`${a.key}-target`, 'leader'],
		]),
	)
	const parsed = LevelsFormSchema.safeParse({ version: '3', ...complete })
	expect(parsed.success).toBe(true)
	expect(levelsFromForm(parsed.data as Record<string, unknown>)[4]).toEqual({
		area: 'procurement',
		present: 'follower',
		target: 'leader',
	})
	const broken = LevelsFormSchema.safeParse({
		version: '3',
		...complete,
		'policy-present': 'expert',
		'reporting-target': undefined,
	})
	expect(broken.success).toBe(false)
	expect(broken.error!.issues.map((i) => i.message)).toEqual([
		'Choose the present level for policy and scope',
		'Choose the target level for reporting',
	])
})

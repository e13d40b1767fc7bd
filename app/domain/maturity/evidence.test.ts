import { describe, expect, test } from 'vitest'
import { judgeLevel, maturityEvidence, type MaturityFigures } from './evidence.ts'

const now = Date.UTC(2026, 11, 1, 12)
const monthsAgo = (months: number) => now - months * 30 * 24 * 60 * 60 * 1000

const strong: MaturityFigures = {
	toms: {
		currentPublishedAt: monthsAgo(3),
		draftEditions: 0,
		measures: 40,
		measuresWithProxy: 30,
		measuresWithPriority: 25,
	},
	tenders: {
		total: 10,
		withSocialValue: 10,
		over: 6,
		overWithSocialValue: 6,
		overAtLeast5: 6,
		overAtLeast10: 6,
		overAbove10: 6,
		below: 4,
		belowWithSocialValue: 4,
	},
	contracts: { total: 8, withPeriodEnded: 8, monitored: 7, active: 8, activeToldOfProgress: 8, onRegister: 6 },
	returns: { due: 20, onTime: 16, submitted: 20, decided: 19 },
	reporting: {
		lastYearLabel: '2025/26',
		approvedLastYear: 12,
		deliveredLastYearPence: 1_234_500,
		approvedYearBefore: 5,
		publishableCaseStudies: 3,
	},
	people: { contractManagers: 4, administrators: 1, supplierOrganisations: 30, biddingOrganisations: 12 },
}

const levels = (figures: MaturityFigures) =>
	Object.fromEntries(maturityEvidence(figures, now).map((e) => [e.area, e.supported]))

describe('maturityEvidence', () => {
	test('a council doing everything the portal can see', () => {
		expect(levels(strong)).toEqual({
			policy: 'leader',
			internal: null,
			measurement: 'leader',
			commissioning: null,
			procurement: 'innovator',
			market: 'follower',
			contracts: 'innovator',
			collaboration: null,
			reporting: 'innovator',
			governance: 'mature',
		})
	})

	test('a new portal with nothing in it', () => {
		const empty: MaturityFigures = {
			toms: { currentPublishedAt: null, draftEditions: 0, measures: 0, measuresWithProxy: 0, measuresWithPriority: 0 },
			tenders: {
				total: 0,
				withSocialValue: 0,
				over: 0,
				overWithSocialValue: 0,
				overAtLeast5: 0,
				overAtLeast10: 0,
				overAbove10: 0,
				below: 0,
				belowWithSocialValue: 0,
			},
			contracts: { total: 0, withPeriodEnded: 0, monitored: 0, active: 0, activeToldOfProgress: 0, onRegister: 0 },
			returns: { due: 0, onTime: 0, submitted: 0, decided: 0 },
			reporting: {
				lastYearLabel: '2025/26',
				approvedLastYear: 0,
				deliveredLastYearPence: 0,
				approvedYearBefore: 0,
				publishableCaseStudies: 0,
			},
			people: { contractManagers: 0, administrators: 1, supplierOrganisations: 0, biddingOrganisations: 0 },
		}
		expect(levels(empty)).toMatchObject({
			policy: null,
			measurement: 'incomplete',
			procurement: null,
			market: 'incomplete',
			contracts: null,
			reporting: null,
			governance: 'incomplete',
		})
		expect(maturityEvidence(empty, now).find((e) => e.area === 'measurement')!.facts).toEqual([
			'No TOMs edition is published on the public site.',
		])
	})

	test('procurement: the weighting of tenders over £100,000 decides mature and innovator', () => {
		const at = (tenders: Partial<MaturityFigures['tenders']>) =>
			levels({ ...strong, tenders: { ...strong.tenders, ...tenders } }).procurement
		expect(at({ overAbove10: 5 })).toBe('leader') // one tender over £100,000 at exactly 10%
		expect(at({ overAbove10: 5, withSocialValue: 9, belowWithSocialValue: 3 })).toBe('mature') // one small tender without social value
		expect(at({ overAtLeast5: 5, overAbove10: 5 })).toBe('follower')
		const facts = maturityEvidence(
			{ ...strong, tenders: { ...strong.tenders, overAtLeast10: 5, overAbove10: 3 } },
			now,
		).find((e) => e.area === 'procurement')!.facts
		expect(facts[0]).toBe(
			'Of 6 tenders over £100,000.00 in the last 12 months, 5 weighted social value at 10% or more, and 3 at more than 10%.',
		)
	})

	test('facts agree in number with what they count', () => {
		const one: MaturityFigures = {
			...strong,
			contracts: { ...strong.contracts, onRegister: 1 },
			reporting: { ...strong.reporting, approvedLastYear: 1, publishableCaseStudies: 1 },
			people: { contractManagers: 1, administrators: 1, supplierOrganisations: 1, biddingOrganisations: 1 },
		}
		const facts = (area: string) => maturityEvidence(one, now).find((e) => e.area === area)!.facts
		expect(facts('internal')[0]).toBe('1 contract manager and 1 administrator use the portal.')
		expect(facts('market')).toEqual([
			'1 supplier organisation is registered; 1 has bid with a Social Value Matrix.',
			'Suppliers have agreed to publish 1 account of their work, a start on a library of case studies.',
		])
		expect(facts('reporting')[1]).toBe(
			'1 case study may be published; 1 contract shows its delivery on the public register.',
		)
		expect(facts('governance')[1]).toBe('1 contract is on the public register with its commitments.')
		expect(facts('collaboration')).toEqual(['Joint work with other public bodies is not recorded in the portal.'])
		expect(facts('commissioning')).toEqual([
			'Needs assessments and commissioning plans are not recorded in the portal.',
		])
		expect(
			maturityEvidence({ ...strong, tenders: { ...strong.tenders, total: 1, withSocialValue: 0 } }, now).find(
				(e) => e.area === 'procurement',
			)!.facts[1],
		).toBe('0 of 1 tender made social value part of the quality score.')
	})

	test('measurement: an edition published more than a year ago is not kept up to date', () => {
		expect(levels({ ...strong, toms: { ...strong.toms, currentPublishedAt: monthsAgo(13) } }).measurement).toBe(
			'mature',
		)
		expect(levels({ ...strong, toms: { ...strong.toms, measuresWithPriority: 10 } }).measurement).toBe('mature')
	})

	test('contract management: monitoring, reviews on time, and telling suppliers of progress', () => {
		const at = (contracts: Partial<MaturityFigures['contracts']>, returns: Partial<MaturityFigures['returns']> = {}) =>
			levels({
				...strong,
				contracts: { ...strong.contracts, ...contracts },
				returns: { ...strong.returns, ...returns },
			}).contracts
		expect(at({ activeToldOfProgress: 5 })).toBe('leader')
		expect(at({}, { onTime: 10 })).toBe('mature')
		expect(at({ monitored: 5 })).toBe('follower')
	})
})

describe('judgeLevel', () => {
	const evidence = maturityEvidence(strong, now)
	const of = (area: string) => evidence.find((e) => e.area === area)!
	test('a level the data supports', () => {
		expect(judgeLevel('leader', of('policy'))).toEqual({
			kind: 'supported',
			message: 'The portal’s data supports leader.',
		})
		expect(judgeLevel('follower', of('policy')).message).toBe(
			'The portal’s data supports leader, above the level chosen.',
		)
	})
	test('a level higher than the data supports', () => {
		const weak = maturityEvidence({ ...strong, returns: { ...strong.returns, onTime: 2 } }, now).find(
			(e) => e.area === 'contracts',
		)!
		expect(judgeLevel('innovator', weak)).toEqual({
			kind: 'higher_than_data',
			message: 'The chosen level, innovator, is higher than the portal’s data supports (mature).',
		})
	})
	test('a level beyond what the portal can show', () => {
		expect(judgeLevel('innovator', of('policy')).kind).toBe('beyond_data')
		expect(judgeLevel('leader', of('governance')).message).toBe(
			'The portal’s data supports mature, as far as it can show; leader needs evidence from outside the portal.',
		)
	})
	test('an area the portal cannot see', () => {
		expect(judgeLevel('mature', of('commissioning')).kind).toBe('no_data')
	})
})

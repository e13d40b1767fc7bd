import { formatDate } from '../dates.ts'
import { countOf, pluralWord } from '../plural.ts'
import { formatPounds } from '../toms/money.ts'
import { levelRank, maturityAreas, maturityLevelLabels, type MaturityAreaKey, type MaturityLevel } from './levels.ts'

/**
 * What the portal's own data says about each area of the maturity index. The figures are
 * counted in SQL (`maturity-evidence.server.ts`); this module turns them into plain
 * sentences and the highest level they support. Some areas the portal cannot see at all
 * (who leads social value, commissioning, work with other public bodies), and in others the
 * data can show the lower levels only: the `ceiling` says how far it can go.
 */

/** Contracts worth more than this must carry social value (the council's policy threshold). */
export const SOCIAL_VALUE_THRESHOLD_PENCE = 100_000_00

/** "Most" for the contract management figures: three in four. */
const MOST_BASIS_POINTS = 7_500

export type MaturityFigures = {
	toms: {
		currentPublishedAt: number | null
		draftEditions: number
		measures: number
		measuresWithProxy: number
		measuresWithPriority: number
	}
	/** Tenders published in the last 12 months. */
	tenders: {
		total: number
		withSocialValue: number
		over: number
		overWithSocialValue: number
		overAtLeast5: number
		overAtLeast10: number
		overAbove10: number
		below: number
		belowWithSocialValue: number
	}
	contracts: {
		total: number
		withPeriodEnded: number
		monitored: number
		active: number
		activeToldOfProgress: number
		onRegister: number
	}
	/** Returns due in the last 12 months. */
	returns: { due: number; onTime: number; submitted: number; decided: number }
	reporting: {
		lastYearLabel: string
		approvedLastYear: number
		deliveredLastYearPence: number
		approvedYearBefore: number
		publishableCaseStudies: number
	}
	people: {
		contractManagers: number
		administrators: number
		supplierOrganisations: number
		biddingOrganisations: number
	}
}

export type AreaEvidence = {
	area: MaturityAreaKey
	facts: string[]
	supported: MaturityLevel | null
	ceiling: MaturityLevel | null
}

function share(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part * 10_000) / whole)
}

/** "2 of 5 tenders", "1 of 1 tender". */
function ofTotal(part: number, whole: number, singular: string): string {
	return `${part} of ${countOf(whole, singular)}`
}

/** The highest level whose condition holds, climbing from the first: a level counts only if every level below it does. */
function highestHeld(conditions: [MaturityLevel, boolean][]): MaturityLevel {
	let held: MaturityLevel = 'incomplete'
	for (const [level, holds] of conditions) {
		if (!holds) break
		held = level
	}
	return held
}

function policy(f: MaturityFigures): AreaEvidence {
	const t = f.tenders
	if (t.total === 0)
		return {
			area: 'policy',
			facts: ['No tender was published in the last 12 months.'],
			supported: null,
			ceiling: 'leader',
		}
	return {
		area: 'policy',
		facts: [
			`${ofTotal(t.withSocialValue, t.total, 'tender')} published in the last 12 months asked for social value.`,
			`Over ${formatPounds(SOCIAL_VALUE_THRESHOLD_PENCE)}: ${ofTotal(t.overWithSocialValue, t.over, 'tender')}; below it: ${ofTotal(t.belowWithSocialValue, t.below, 'tender')}.`,
		],
		supported: highestHeld([
			['follower', t.withSocialValue > 0],
			['mature', t.over > 0 && t.overWithSocialValue === t.over],
			['leader', t.below > 0 && t.belowWithSocialValue === t.below],
		]),
		ceiling: 'leader',
	}
}

function internal(f: MaturityFigures): AreaEvidence {
	return {
		area: 'internal',
		facts: [
			`${countOf(f.people.contractManagers, 'contract manager')} and ${countOf(f.people.administrators, 'administrator')} use the portal.`,
			'Who leads social value, and officers’ training, are not recorded here.',
		],
		supported: null,
		ceiling: null,
	}
}

function measurement(f: MaturityFigures, now: number): AreaEvidence {
	const { toms } = f
	const published = toms.currentPublishedAt !== null
	const recent = published && now - toms.currentPublishedAt! <= 365 * 24 * 60 * 60 * 1000
	const facts = published
		? [
				`The current TOMs edition is on the public site, published ${formatDate(toms.currentPublishedAt!)}${recent ? ', within the last 12 months' : ', more than 12 months ago'}.`,
				`${ofTotal(toms.measuresWithProxy, toms.measures, 'measures')} have a £ value per unit; ${ofTotal(toms.measuresWithPriority, toms.measures, 'measures')} are linked to council priorities.`,
			]
		: ['No TOMs edition is published on the public site.']
	return {
		area: 'measurement',
		facts,
		supported: highestHeld([
			['follower', published || toms.draftEditions > 0],
			['mature', published],
			['leader', recent && toms.measuresWithProxy > 0 && share(toms.measuresWithPriority, toms.measures) >= 5_000],
		]),
		ceiling: 'leader',
	}
}

function procurement(f: MaturityFigures): AreaEvidence {
	const t = f.tenders
	if (t.total === 0)
		return {
			area: 'procurement',
			facts: ['No tender was published in the last 12 months.'],
			supported: null,
			ceiling: 'innovator',
		}
	return {
		area: 'procurement',
		facts: [
			`Of ${countOf(t.over, 'tender')} over ${formatPounds(SOCIAL_VALUE_THRESHOLD_PENCE)} in the last 12 months, ${t.overAtLeast10} weighted social value at 10% or more, and ${t.overAbove10} at more than 10%.`,
			`${ofTotal(t.withSocialValue, t.total, 'tender')} made social value part of the quality score.`,
		],
		supported: highestHeld([
			['follower', t.withSocialValue > 0],
			['mature', t.over > 0 && t.overAtLeast5 === t.over],
			['leader', t.withSocialValue === t.total],
			['innovator', t.over > 0 && t.overAbove10 === t.over],
		]),
		ceiling: 'innovator',
	}
}

function market(f: MaturityFigures): AreaEvidence {
	const p = f.people
	return {
		area: 'market',
		facts: [
			`${countOf(p.supplierOrganisations, 'supplier organisation')} ${pluralWord(p.supplierOrganisations, 'is', 'are')} registered; ${p.biddingOrganisations} ${pluralWord(p.biddingOrganisations, 'has', 'have')} bid with a Social Value Matrix.`,
			`Suppliers have agreed to publish ${countOf(f.reporting.publishableCaseStudies, 'account')} of their work, a start on a library of case studies.`,
		],
		supported: highestHeld([['follower', p.biddingOrganisations > 0]]),
		ceiling: 'follower',
	}
}

function contractManagement(f: MaturityFigures): AreaEvidence {
	const c = f.contracts
	const r = f.returns
	if (c.total === 0)
		return {
			area: 'contracts',
			facts: ['No contract has been awarded through the portal.'],
			supported: null,
			ceiling: 'innovator',
		}
	return {
		area: 'contracts',
		facts: [
			`${ofTotal(c.monitored, c.withPeriodEnded, 'contracts')} with a reporting period ended have had their commitments monitored through returns.`,
			`${ofTotal(r.onTime, r.due, 'returns')} due in the last 12 months came in on time; ${ofTotal(r.decided, r.submitted, 'returns')} received were reviewed.`,
			`Suppliers on ${ofTotal(c.activeToldOfProgress, c.active, 'active contracts')} were told of their progress in the last six months.`,
		],
		supported: highestHeld([
			['follower', true],
			['mature', c.withPeriodEnded > 0 && share(c.monitored, c.withPeriodEnded) >= MOST_BASIS_POINTS],
			[
				'leader',
				r.submitted > 0 &&
					share(r.decided, r.submitted) >= MOST_BASIS_POINTS &&
					share(r.onTime, r.due) >= MOST_BASIS_POINTS,
			],
			['innovator', c.active > 0 && share(c.activeToldOfProgress, c.active) >= MOST_BASIS_POINTS],
		]),
		ceiling: 'innovator',
	}
}

function reporting(f: MaturityFigures): AreaEvidence {
	const r = f.reporting
	if (f.contracts.total === 0)
		return {
			area: 'reporting',
			facts: ['No contract has been awarded through the portal, so there is nothing to report yet.'],
			supported: null,
			ceiling: 'innovator',
		}
	return {
		area: 'reporting',
		facts: [
			r.approvedLastYear > 0
				? `The annual Social Value Report for ${r.lastYearLabel} holds ${formatPounds(r.deliveredLastYearPence)} delivered, from ${countOf(r.approvedLastYear, 'approved return')}${r.approvedYearBefore > 0 ? ', compared with the year before' : ''}.`
				: `No return for ${r.lastYearLabel} has been approved, so its annual report has no delivery to show.`,
			`${countOf(r.publishableCaseStudies, 'case study', 'case studies')} may be published; ${countOf(f.contracts.onRegister, 'contract')} ${pluralWord(f.contracts.onRegister, 'shows its', 'show their')} delivery on the public register.`,
		],
		supported: highestHeld([
			['follower', true],
			['mature', r.approvedLastYear > 0],
			['leader', r.approvedYearBefore > 0],
			['innovator', r.publishableCaseStudies > 0 && f.contracts.onRegister > 0],
		]),
		ceiling: 'innovator',
	}
}

function governance(f: MaturityFigures): AreaEvidence {
	const published = f.toms.currentPublishedAt !== null
	return {
		area: 'governance',
		facts: [
			published
				? 'The council’s TOMs are published on the public site.'
				: 'No TOMs edition is published on the public site.',
			`${countOf(f.contracts.onRegister, 'contract')} ${pluralWord(f.contracts.onRegister, 'is', 'are')} on the public register with ${pluralWord(f.contracts.onRegister, 'its', 'their')} commitments.`,
			'The corporate strategy, the policy and Cabinet oversight are not recorded here.',
		],
		supported:
			published && f.contracts.onRegister > 0
				? 'mature'
				: published || f.contracts.onRegister > 0
					? 'follower'
					: 'incomplete',
		ceiling: 'mature',
	}
}

/** `what` is the subject of "… not recorded in the portal", with its own verb: "Joint work … is". */
function notRecorded(area: MaturityAreaKey, what: string): AreaEvidence {
	return { area, facts: [`${what} not recorded in the portal.`], supported: null, ceiling: null }
}

/** Each area's evidence, in the index's order. */
export function maturityEvidence(figures: MaturityFigures, now: number): AreaEvidence[] {
	const byArea: Record<MaturityAreaKey, AreaEvidence> = {
		policy: policy(figures),
		internal: internal(figures),
		measurement: measurement(figures, now),
		commissioning: notRecorded('commissioning', 'Needs assessments and commissioning plans are'),
		procurement: procurement(figures),
		market: market(figures),
		contracts: contractManagement(figures),
		collaboration: notRecorded('collaboration', 'Joint work with other public bodies is'),
		reporting: reporting(figures),
		governance: governance(figures),
	}
	return maturityAreas.map((area) => byArea[area.key])
}

export type EvidenceVerdict = { kind: 'supported' | 'higher_than_data' | 'beyond_data' | 'no_data'; message: string }

/** What the data says about the level a council chose for an area. */
export function judgeLevel(chosen: MaturityLevel, evidence: AreaEvidence): EvidenceVerdict {
	const { supported, ceiling } = evidence
	if (supported === null)
		return {
			kind: 'no_data',
			message: 'The portal holds no data that shows this level: keep your own evidence for it.',
		}
	const label = (level: MaturityLevel) => maturityLevelLabels[level].toLowerCase()
	if (levelRank(chosen) <= levelRank(supported)) {
		return {
			kind: 'supported',
			message:
				chosen === supported
					? `The portal’s data supports ${label(chosen)}.`
					: `The portal’s data supports ${label(supported)}, above the level chosen.`,
		}
	}
	if (ceiling !== null && supported === ceiling) {
		return {
			kind: 'beyond_data',
			message: `The portal’s data supports ${label(supported)}, as far as it can show; ${label(chosen)} needs evidence from outside the portal.`,
		}
	}
	return {
		kind: 'higher_than_data',
		message: `The chosen level, ${label(chosen)}, is higher than the portal’s data supports (${label(supported)}).`,
	}
}

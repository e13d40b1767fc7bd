/**
 * The Social Value Maturity Index: a council rates itself in ten areas on five levels,
 * sets a target level for each, and works through the actions between the two.
 */

export const maturityLevels = ['incomplete', 'follower', 'mature', 'leader', 'innovator'] as const
export type MaturityLevel = (typeof maturityLevels)[number]

export const maturityLevelLabels: Record<MaturityLevel, string> = {
	incomplete: 'Incomplete or non-compliant',
	follower: 'Follower',
	mature: 'Mature',
	leader: 'Leader',
	innovator: 'Innovator',
}

export function isMaturityLevel(value: unknown): value is MaturityLevel {
	return typeof value === 'string' && (maturityLevels as readonly string[]).includes(value)
}

/** 0 for incomplete up to 4 for innovator. */
export function levelRank(level: MaturityLevel): number {
	return maturityLevels.indexOf(level)
}

export const maturityAreas = [
	{ key: 'policy', letter: 'A', name: 'Policy and scope' },
	{ key: 'internal', letter: 'B', name: 'Internal management' },
	{ key: 'measurement', letter: 'C', name: 'Measurement: themes, outcomes and measures' },
	{ key: 'commissioning', letter: 'D', name: 'Commissioning' },
	{ key: 'procurement', letter: 'E', name: 'Procurement' },
	{ key: 'market', letter: 'F', name: 'Market engagement and partnerships' },
	{ key: 'contracts', letter: 'G', name: 'Contract management' },
	{ key: 'collaboration', letter: 'H', name: 'Cross-sector collaboration' },
	{ key: 'reporting', letter: 'I', name: 'Reporting' },
	{ key: 'governance', letter: 'J', name: 'Governance and accountability' },
] as const

export type MaturityAreaKey = (typeof maturityAreas)[number]['key']

export function isMaturityArea(value: unknown): value is MaturityAreaKey {
	return maturityAreas.some((area) => area.key === value)
}

export function areaName(key: MaturityAreaKey): string {
	return maturityAreas.find((area) => area.key === key)!.name
}

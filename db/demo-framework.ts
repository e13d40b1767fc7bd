import type { EditionContent, PriorityContent } from '../app/domain/toms/content.ts'
import { communities } from './demo-framework/communities.ts'
import { jobsAndSkills } from './demo-framework/jobs-and-skills.ts'
import { localEconomy } from './demo-framework/local-economy.ts'
import { netZero } from './demo-framework/net-zero.ts'
import { responsibleBusiness } from './demo-framework/responsible-business.ts'

/**
 * An original, illustrative TOMs framework for the demo. Every name, code, value and piece of
 * guidance here was written for Golden Thread; none of it is taken from the National TOMs
 * (whose licence forbids derivatives). Proxy values are invented and only give a sense of scale.
 */

/** Named for the financial year it was published in, as councils name their editions: "2025/26 (illustrative)". */
export function demoEditionName(financialYearLabel: string): string {
	return `${financialYearLabel} (illustrative)`
}

export const demoEditionDescription =
	'An illustrative example framework written for the Golden Thread demo. It is not an official or licensed set of TOMs, and its proxy values are invented to show how the portal works. Councils import their own framework.'

export const demoPriorities: PriorityContent[] = [
	{
		code: 'CP1',
		name: 'A thriving local economy',
		description: 'Local businesses grow and residents can find secure, well-paid work close to home.',
	},
	{
		code: 'CP2',
		name: 'Healthy and independent residents',
		description: 'Residents live longer, healthier lives and get the support they need to stay independent.',
	},
	{
		code: 'CP3',
		name: 'Net zero by 2040',
		description: 'The area cuts its carbon emissions to net zero by 2040 and becomes cleaner and greener on the way.',
	},
	{
		code: 'CP4',
		name: 'Safe and strong communities',
		description: 'Neighbourhoods are safe and welcoming, and community groups have what they need to thrive.',
	},
	{
		code: 'CP5',
		name: 'Opportunities for young people',
		description: 'Every young person can learn, gain experience and find a route into work or training.',
	},
]

export const demoFramework: EditionContent = {
	themes: [jobsAndSkills, localEconomy, communities, netZero, responsibleBusiness],
}

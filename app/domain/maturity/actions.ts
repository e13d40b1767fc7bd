import type { MaturityAreaKey, MaturityLevel } from './levels.ts'

type Climb = Exclude<MaturityLevel, 'incomplete'>

/**
 * What a council does in each area to reach each level, after the Social Value Maturity
 * Index action plan. A level with no actions has nothing of its own to do in that area: the
 * council reaches it with the actions of the levels around it.
 */
export const maturityActions: Record<MaturityAreaKey, Record<Climb, readonly string[]>> = {
	policy: {
		follower: [],
		mature: [
			'Set up a way of finding the contracts that should carry social value, including those below the procurement threshold, and write it into the policy.',
			'Decide the contract value above which social value is always asked for, and explain why that threshold is relevant and proportionate.',
		],
		leader: [
			'Make the policy ask for social value in contracts both above and below the procurement threshold.',
			'Scale the social value asked for to the size and scope of each contract.',
			'Build social value into the frameworks that the Social Value Act covers.',
		],
		innovator: [
			'Go beyond the Act: ask for social value in grants, supplies, works, services and planning.',
			'Build social value into every framework the council uses.',
			'Write policies on involving stakeholders, on deciding what matters most (materiality), and on valuing social value.',
		],
	},
	internal: {
		follower: [],
		mature: ['Name a councillor or Cabinet member to lead on social value and report on it.'],
		leader: [
			'Give one officer the responsibility for reporting, managing and delivering social value across procurement and commissioning.',
			'Train the officers who work on social value, and give them the resources to carry out the strategy.',
		],
		innovator: ['Make managing and delivering social value part of every officer’s responsibilities.'],
	},
	measurement: {
		follower: [],
		mature: [
			'Start measuring social value in non-financial terms against an approved set of themes, outcomes and measures.',
			'Draw a clear line from the corporate strategy through the social value policy to the measures used.',
			'Require in the policy that the approved measures are published on the council’s website for suppliers.',
		],
		leader: [
			'Measure social value in money as well as in other terms, against the approved measures.',
			'Review the measures every year, using case studies and evidence from running contracts.',
			'Weight outcomes by the council’s and the area’s priorities.',
		],
		innovator: [
			'Bring changes in local community priorities into the measures every year.',
			'Adjust the financial weighting of outcomes in the light of stakeholders’ feedback.',
			'Consult stakeholders and other public bodies (such as health, education and the emergency services) when the measures are developed or updated.',
		],
	},
	commissioning: {
		follower: [],
		mature: [
			'Revisit how commissioning approaches social value, starting from an assessment of needs.',
			'Re-commission key projects with social value at their heart.',
		],
		leader: [
			'Build social value into every stage of the commissioning cycle, with procurement involved throughout.',
			'Assess each new contract’s potential for social value before procurement starts.',
			'Adjust the measures whenever the social value strategy is updated.',
			'Put social value into the guidance, resources and templates for projects that teams run themselves.',
		],
		innovator: [
			'Hold regular feedback between commissioning and procurement teams so the measures stay current.',
			'Collect data to map social value by place, and measure it as part of evaluating bids.',
			'Update outcomes systematically, building on stakeholders’ feedback.',
		],
	},
	procurement: {
		follower: [
			'Mention social value in tenders for services.',
			'Ask bidders to commit to improving the economic, social and environmental wellbeing of the area.',
		],
		mature: [
			'Mention social value in every tender.',
			'In tenders the Act covers, make social value part of the quality score.',
			'Weight social value at between 5% and 10% of the quality score.',
		],
		leader: [
			'Make social value part of the quality score in every tender.',
			'Keep departments consistent by adding checks or gateways for social value.',
			'Learn lessons within departments and feed them back into tenders.',
		],
		innovator: [
			'Weight social value at more than 10% of the quality score.',
			'Keep the whole organisation consistent with checks or gateways between departments.',
			'Learn lessons across the organisation and feed them back into tenders.',
			'Share the council’s themes, outcomes and measures between departments in one place.',
		],
	},
	market: {
		follower: ['Start a market engagement strategy for social value.', 'Run market engagement for specific projects.'],
		mature: ['Help local businesses and the voluntary sector build their capacity to deliver social value.'],
		leader: [
			'Hold a regular supplier summit for feedback and capacity building.',
			'Build or gain access to a library of case studies and examples of social value.',
			'Add a market development plan to the action plan and to the commissioning policy.',
			'Run a programme to build the skills of local small businesses and voluntary organisations.',
			'Set up regular forums for social value networking and engagement.',
		],
		innovator: [
			'Run specific initiatives to build partnerships with businesses and the voluntary sector.',
			'Start initiatives that build partnerships between businesses and the voluntary sector.',
		],
	},
	contracts: {
		follower: [],
		mature: [
			'Write specific, targeted social value action plans into contracts, and monitor what is delivered after award.',
		],
		leader: [
			'Review the performance of contracts and act on the feedback so social value delivery improves.',
			'Learn from contract management, for example by benchmarking, and feed it back.',
		],
		innovator: [
			'Share good practice across all contracts with other councils through benchmarking.',
			'Report progress to suppliers every quarter.',
		],
	},
	collaboration: {
		follower: ['Share data with partners when needed for joint procurement or commissioning.'],
		mature: ['Find the public bodies to collaborate with across sectors, and start talking to them.'],
		leader: ['Agree a shared social value implementation plan with partners.'],
		innovator: [
			'Develop and share one set of measures for every public body in the area to use.',
			'Find and share the savings that social value initiatives make possible.',
			'Agree a common way of reporting social value.',
		],
	},
	reporting: {
		follower: [],
		mature: [],
		leader: ['Include benchmarks and progress against targets in the annual report.'],
		innovator: [
			'Find new ways to tell residents how social value is progressing.',
			'Publish case studies and other evidence of social value’s local impact.',
		],
	},
	governance: {
		follower: [],
		mature: [
			'Address the Social Value Act in the corporate strategy.',
			'Make social value a core principle, backed by a published policy and implementation strategy.',
			'Publish all social value documents on the council’s website.',
		],
		leader: [
			'Give a Cabinet member direct oversight of social value performance.',
			'Build social value into commissioning and procurement with an agreed policy and a published toolkit.',
			'Support the work with an overall social value action plan.',
		],
		innovator: ['Set SMART targets for social value, with clear accountability for meeting them.'],
	},
}

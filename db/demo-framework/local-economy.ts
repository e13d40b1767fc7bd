import type { ThemeContent } from '../../app/domain/toms/content.ts'

/** The demo framework's theme "A stronger local economy": original, illustrative wording and invented proxy values. */
export const localEconomy: ThemeContent = {
	name: 'A stronger local economy',
	outcomes: [
		{
			name: 'More contract money is spent with local organisations',
			measures: [
				{
					code: 'LOC-1',
					title: 'Money spent with suppliers and subcontractors based in the council area',
					unit: 'pounds',
					proxyValuePence: 35,
					guidance:
						'Count money paid to organisations with a base or branch in the council area for goods and services on this contract. Do not include your own staff costs. Spend with local SMEs or charities goes under LOC-2 or LOC-3 instead, so nothing is counted twice.',
					evidenceGuidance:
						'A list of invoices or purchase orders with each supplier’s name, postcode and amount, matched to your accounts.',
					priorityCodes: ['CP1'],
				},
				{
					code: 'LOC-2',
					title: 'Money spent with local small and medium-sized businesses (SMEs)',
					unit: 'pounds',
					proxyValuePence: 42,
					guidance:
						'Count spend with local businesses that have fewer than 250 staff. Do not count it again under LOC-1.',
					evidenceGuidance:
						'An invoice list like the one for LOC-1, showing that each supplier has fewer than 250 staff.',
					priorityCodes: ['CP1'],
				},
				{
					code: 'LOC-3',
					title: 'Money spent with local charities, community groups and social enterprises',
					unit: 'pounds',
					proxyValuePence: 48,
					guidance:
						'Count spend with local voluntary, community and social enterprise (VCSE) organisations, such as charities, community interest companies and co-operatives.',
					evidenceGuidance:
						'Invoices or purchase orders showing the amount, and each organisation’s charity or company number.',
					priorityCodes: ['CP1', 'CP4'],
				},
				{
					code: 'LOC-4',
					title: 'Share of total contract spend that goes to local suppliers',
					unit: 'percent',
					proxyValuePence: null,
					guidance:
						'Record only: divide all local spend (LOC-1, LOC-2 and LOC-3 together) by your total spend on the contract and give the result as a percentage.',
					evidenceGuidance: 'A short calculation showing the two totals and where they came from in your accounts.',
					priorityCodes: ['CP1'],
				},
			],
		},
		{
			name: 'Local small firms and charities grow and win work',
			measures: [
				{
					code: 'LOC-5',
					title: 'Expert hours of free business support for local SMEs and charities',
					unit: 'expert_hours',
					proxyValuePence: 10100,
					guidance:
						'Count hours of free advice given by qualified staff, for example in finance, law, HR, marketing or digital skills. Do not count time spent selling your own services.',
					evidenceGuidance:
						'A log of sessions with the date, adviser, their role and the organisation helped, and a short note signed by the organisation.',
					priorityCodes: ['CP1'],
				},
				{
					code: 'LOC-6',
					title: 'Supply chain workshops for local SMEs and charities on how to bid for work',
					unit: 'hours_attendees',
					proxyValuePence: 1200,
					guidance:
						'Multiply the length of each workshop in hours by the number of local organisations’ staff who attended.',
					evidenceGuidance: 'Signed attendance sheets or an online attendance report, and the workshop agenda.',
					priorityCodes: ['CP1'],
				},
				{
					code: 'LOC-7',
					title: 'How you will make it easier for local small firms and charities to join your supply chain',
					unit: 'text',
					proxyValuePence: null,
					guidance:
						'Describe in plain words what you will do, for example advertising opportunities locally, splitting work into smaller packages or paying faster.',
					evidenceGuidance:
						'Examples of what you did in each period, such as adverts placed, packages let and feedback from local suppliers.',
					priorityCodes: ['CP1'],
				},
			],
		},
	],
}

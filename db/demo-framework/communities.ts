import type { ThemeContent } from '../../app/domain/toms/content.ts'

/** The demo framework's theme "Healthy, safe and connected communities": original, illustrative wording and invented proxy values. */
export const communities: ThemeContent = {
	name: 'Healthy, safe and connected communities',
	outcomes: [
		{
			name: 'Residents live healthier, more independent lives',
			measures: [
				{
					code: 'COM-1',
					title: 'Staff volunteering hours given to local health and wellbeing projects',
					unit: 'hours',
					proxyValuePence: 1693,
					guidance:
						'Count hours your staff volunteer during paid working time with local health or wellbeing projects, such as lunch clubs or walking groups.',
					evidenceGuidance:
						'A volunteering log with dates, hours and the project, confirmed by an email or letter from the project.',
					priorityCodes: ['CP2', 'CP4'],
				},
				{
					code: 'COM-2',
					title: 'Befriending or check-in visits to older or isolated residents',
					unit: 'visits',
					proxyValuePence: 2600,
					guidance:
						'Count each visit made through a recognised local befriending scheme. Staff must follow the scheme’s safeguarding rules.',
					evidenceGuidance:
						'A visit log kept by the befriending scheme, with dates and numbers of visits (no residents’ names).',
					priorityCodes: ['CP2'],
				},
				{
					code: 'COM-3',
					title: 'Free physical activity or wellbeing sessions run for residents',
					unit: 'hours_attendees',
					proxyValuePence: 650,
					guidance:
						'Multiply the length of each session in hours by the number of residents who took part. A 1-hour class for 12 people counts as 12.',
					evidenceGuidance: 'Signed attendance sheets, photographs or a confirmation from the host venue.',
					priorityCodes: ['CP2'],
				},
			],
		},
		{
			name: 'Community groups are stronger and better resourced',
			measures: [
				{
					code: 'COM-4',
					title: 'Money or equipment donated to local community groups',
					unit: 'pounds',
					proxyValuePence: 100,
					guidance:
						'Count cash donations and the fair value of equipment or materials given to local groups. Do not count sponsorship that mainly advertises your business.',
					evidenceGuidance:
						'Bank records or receipts, and a thank-you letter or email from each group confirming what it received.',
					priorityCodes: ['CP4'],
				},
				{
					code: 'COM-5',
					title: 'Expert hours of free professional help for local community groups',
					unit: 'expert_hours',
					proxyValuePence: 10100,
					guidance:
						'Count hours of free specialist help, such as accountancy, legal advice, surveying or IT support, given by qualified staff.',
					evidenceGuidance:
						'A log of the help given with dates, hours and the adviser’s role, confirmed in writing by the group.',
					priorityCodes: ['CP4'],
				},
				{
					code: 'COM-6',
					title: 'Staff volunteering hours with local community groups',
					unit: 'hours',
					proxyValuePence: 1693,
					guidance:
						'Count hours staff volunteer during paid working time with local groups, other than health projects already counted under COM-1.',
					evidenceGuidance: 'A volunteering log with dates, hours and the group, confirmed by the group.',
					priorityCodes: ['CP4'],
				},
			],
		},
		{
			name: 'Neighbourhoods feel safer and more welcoming',
			measures: [
				{
					code: 'COM-7',
					title: 'Safety awareness sessions for residents, such as fire, road or online safety',
					unit: 'hours_attendees',
					proxyValuePence: 380,
					guidance:
						'Multiply the length of each session in hours by the number of people who attended. Sessions can be in schools, community centres or online.',
					evidenceGuidance: 'Signed attendance sheets or an online attendance report, and the session plan.',
					priorityCodes: ['CP4', 'CP5'],
				},
				{
					code: 'COM-8',
					title: 'Drop-in advice sessions held by your staff at community venues',
					unit: 'visits',
					proxyValuePence: 4200,
					guidance:
						'Count each time your staff hold a drop-in session at a library, community centre or similar venue, for example to offer job or money advice.',
					evidenceGuidance: 'A list of sessions with dates and venues, confirmed by the venue.',
					priorityCodes: ['CP2', 'CP4'],
				},
				{
					code: 'COM-9',
					title: 'How you will help reduce crime and antisocial behaviour around your sites',
					unit: 'text',
					proxyValuePence: null,
					guidance:
						'Describe what you will do, for example good lighting, secure storage, working with neighbourhood police or keeping residents informed.',
					evidenceGuidance:
						'A short update each period on what you did, with any incidents logged and how you responded.',
					priorityCodes: ['CP4'],
				},
			],
		},
	],
}

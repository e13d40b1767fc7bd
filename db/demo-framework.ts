import type { EditionContent, PriorityContent } from '../app/domain/toms/content.ts'

/**
 * An original, illustrative TOMs framework for the demo. Every name, code, value and piece of
 * guidance here was written for Golden Thread; none of it is taken from the National TOMs
 * (whose licence forbids derivatives). Proxy values are invented and only give a sense of scale.
 */

export const demoEditionName = '2026/27 (illustrative)'

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
	themes: [
		{
			name: 'Jobs and skills',
			outcomes: [
				{
					name: 'Local people find good, lasting work',
					measures: [
						{
							code: 'EMP-1',
							title: 'Local residents employed on the contract (full-time equivalent)',
							unit: 'people_fte',
							proxyValuePence: 1250000,
							guidance:
								'Count people who live in the council area and work on this contract. Count each post as full-time equivalent (FTE) for each year it lasts: someone working half a normal week for two years counts as 1. Posts counted under EMP-2, EMP-3 or EMP-4 should not be counted here as well.',
							evidenceGuidance:
								'A payroll extract showing hours worked on the contract, with each employee’s home postcode (no names needed).',
							priorityCodes: ['CP1'],
						},
						{
							code: 'EMP-2',
							title: 'Local residents who had been out of work for six months or more, employed on the contract (FTE)',
							unit: 'people_fte',
							proxyValuePence: 1680000,
							guidance:
								'Count local people who were unemployed for at least six months before they started. Count FTE per year, as for EMP-1.',
							evidenceGuidance:
								'A payroll extract plus a referral letter from Jobcentre Plus or an employment support service, or a signed statement from the new employee.',
							priorityCodes: ['CP1', 'CP2'],
						},
						{
							code: 'EMP-3',
							title: 'Disabled people or people with a long-term health condition employed on the contract (FTE)',
							unit: 'people_fte',
							proxyValuePence: 1520000,
							guidance:
								'Count people who tell you they are disabled or have a long-term health condition. Only count people who chose to share this; never ask them to prove it. Do not count a post already counted under EMP-2.',
							evidenceGuidance:
								'A payroll extract and an anonymised summary from your equality monitoring records.',
							priorityCodes: ['CP1', 'CP2'],
						},
						{
							code: 'EMP-4',
							title: 'Care leavers, veterans or people with a criminal record employed on the contract (FTE)',
							unit: 'people_fte',
							proxyValuePence: 1740000,
							guidance:
								'Count people from these groups who face extra barriers to work. Count FTE per year, and do not count a post already counted under EMP-2 or EMP-3.',
							evidenceGuidance:
								'A payroll extract and a referral letter from the partner that introduced them (for example a leaving care team, veterans’ charity or probation service).',
							priorityCodes: ['CP4'],
						},
					],
				},
				{
					name: 'People gain skills and qualifications',
					measures: [
						{
							code: 'EMP-5',
							title: 'Weeks of apprenticeship on the contract (levels 2 and 3)',
							unit: 'weeks',
							proxyValuePence: 21000,
							guidance:
								'Count each week an apprentice spends working on this contract. An apprentice here for a full year counts as 52 weeks.',
							evidenceGuidance:
								'The apprenticeship agreement, the training provider’s name and a timesheet or payroll extract showing weeks on the contract.',
							priorityCodes: ['CP1', 'CP5'],
						},
						{
							code: 'EMP-6',
							title: 'Weeks of higher or degree apprenticeship on the contract (level 4 and above)',
							unit: 'weeks',
							proxyValuePence: 26500,
							guidance: 'Count weeks as for EMP-5, for apprenticeships at level 4 or above only.',
							evidenceGuidance:
								'The apprenticeship agreement, confirmation of the level from the training provider and a timesheet or payroll extract.',
							priorityCodes: ['CP1'],
						},
						{
							code: 'EMP-7',
							title: 'Hours of accredited training completed by staff working on the contract',
							unit: 'hours',
							proxyValuePence: 1450,
							guidance:
								'Count training that leads to a recognised qualification or certificate. Add up the hours each person spends learning: three people on a 7-hour course count as 21 hours.',
							evidenceGuidance:
								'Certificates or a training record showing the course, the awarding body, the date and the hours for each learner.',
							priorityCodes: ['CP1'],
						},
					],
				},
				{
					name: 'Young people are ready for work',
					measures: [
						{
							code: 'EMP-8',
							title: 'Weeks of paid work placement or internship for people aged 16 to 24',
							unit: 'weeks',
							proxyValuePence: 18500,
							guidance:
								'Count each week a young person spends on a paid placement linked to this contract. Placements must pay at least the minimum wage for their age.',
							evidenceGuidance: 'A placement agreement and payroll records showing the weeks worked and pay.',
							priorityCodes: ['CP5'],
						},
						{
							code: 'EMP-9',
							title: 'Careers talks, mock interviews and workplace tours for school and college students',
							unit: 'hours_attendees',
							proxyValuePence: 420,
							guidance:
								'Multiply the length of each session in hours by the number of students who attended. A 2-hour talk to 30 students counts as 60.',
							evidenceGuidance:
								'Signed attendance sheets or a confirmation email from the school or college, with the date, length and number of students.',
							priorityCodes: ['CP5'],
						},
						{
							code: 'EMP-10',
							title: 'Weeks of work experience for students aged 14 to 18',
							unit: 'weeks',
							proxyValuePence: 7500,
							guidance:
								'Count each week a student spends with your team on a structured work experience placement. A 3-day placement counts as 0.6 weeks.',
							evidenceGuidance: 'A letter or email from the school or college confirming the student, dates and placement.',
							priorityCodes: ['CP5'],
						},
						{
							code: 'EMP-11',
							title: 'Employees aged 16 to 24 working on the contract',
							unit: 'employees',
							proxyValuePence: null,
							guidance:
								'Record only: give the number of people aged 16 to 24 working on the contract at the end of each reporting period. It helps the council see who benefits; it is not given a £ value.',
							evidenceGuidance: 'An anonymised headcount from your HR or payroll system, with dates of birth removed.',
							priorityCodes: ['CP5'],
						},
					],
				},
			],
		},
		{
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
							evidenceGuidance: 'An invoice list like the one for LOC-1, showing that each supplier has fewer than 250 staff.',
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
		},
		{
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
		},
		{
			name: 'Net zero and a cleaner place',
			outcomes: [
				{
					name: 'Carbon emissions go down',
					measures: [
						{
							code: 'ENV-1',
							title: 'Carbon emissions saved on the contract against your starting baseline',
							unit: 'tonnes_co2e',
							proxyValuePence: 24463,
							guidance:
								'Work out the contract’s emissions at the start, then count the tonnes of CO2e saved each year compared with that baseline. Do not count savings already counted under ENV-2.',
							evidenceGuidance:
								'Your carbon calculation, naming the method and conversion factors used (for example the UK Government greenhouse gas conversion factors), with energy and fuel bills.',
							priorityCodes: ['CP3'],
						},
						{
							code: 'ENV-2',
							title: 'Carbon emissions saved by switching contract vehicles to electric or low-emission ones',
							unit: 'tonnes_co2e',
							proxyValuePence: 24463,
							guidance:
								'Compare the fuel or electricity used by the new vehicles with what the old vehicles would have used for the same miles, and convert the difference to tonnes of CO2e.',
							evidenceGuidance:
								'Mileage logs, fuel or charging records and your carbon calculation showing the conversion factors used.',
							priorityCodes: ['CP3'],
						},
						{
							code: 'ENV-3',
							title: 'Total carbon emissions of the contract',
							unit: 'tonnes_co2e',
							proxyValuePence: null,
							guidance:
								'Record only: give the total tonnes of CO2e the contract produced in the period, from energy, fuel and travel. This shows the trend; it is not given a £ value.',
							evidenceGuidance:
								'Your carbon calculation with the method, conversion factors and source data (meter readings, fuel cards, travel records).',
							priorityCodes: [],
						},
						{
							code: 'ENV-4',
							title: 'Share of contract vehicles that are zero-emission',
							unit: 'percent',
							proxyValuePence: null,
							guidance:
								'Record only: divide the number of zero-emission vehicles used on the contract by all vehicles used on it, and give the result as a percentage.',
							evidenceGuidance: 'A fleet list showing each vehicle’s registration and fuel type.',
							priorityCodes: ['CP3'],
						},
						{
							code: 'ENV-5',
							title: 'Your plan to cut carbon emissions on this contract',
							unit: 'text',
							proxyValuePence: null,
							guidance:
								'Describe the main sources of emissions on the contract and the steps you will take to reduce them, with rough dates.',
							evidenceGuidance: 'A short progress update each period against the steps in your plan.',
							priorityCodes: ['CP3'],
						},
					],
				},
				{
					name: 'Less waste and a greener local environment',
					measures: [
						{
							code: 'ENV-6',
							title: 'Waste kept out of landfill by reuse or recycling',
							unit: 'tonnes',
							proxyValuePence: 2850,
							guidance:
								'Count tonnes of waste from the contract that were reused, recycled or composted instead of sent to landfill or burned.',
							evidenceGuidance: 'Waste transfer notes or reports from your licensed waste carrier showing tonnes and where each load went.',
							priorityCodes: ['CP3'],
						},
						{
							code: 'ENV-7',
							title: 'Surplus food or goods given to food banks and local charities',
							unit: 'tonnes',
							proxyValuePence: 9500,
							guidance:
								'Count the weight of usable food, furniture, equipment or other goods given away instead of thrown away.',
							evidenceGuidance: 'Collection receipts or a letter from the charity confirming what it received and the weight.',
							priorityCodes: ['CP2', 'CP3'],
						},
						{
							code: 'ENV-8',
							title: 'Staff volunteering hours on local green spaces, tree planting or clean-ups',
							unit: 'hours',
							proxyValuePence: 1693,
							guidance:
								'Count hours staff volunteer during paid working time on projects that improve local parks, green spaces or streets.',
							evidenceGuidance: 'A volunteering log confirmed by the organiser, such as a friends-of-the-park group.',
							priorityCodes: ['CP3', 'CP4'],
						},
						{
							code: 'ENV-9',
							title: 'Single-use plastic removed from the contract',
							unit: 'tonnes',
							proxyValuePence: null,
							guidance:
								'Record only: estimate the weight of single-use plastic (packaging, cups, wrapping) you no longer use on this contract compared with the start.',
							evidenceGuidance: 'Purchase records before and after the change, and a short note on how you estimated the weight.',
							priorityCodes: ['CP3'],
						},
					],
				},
			],
		},
		{
			name: 'Fair and responsible business',
			outcomes: [
				{
					name: 'People working on the contract are treated fairly',
					measures: [
						{
							code: 'FAIR-1',
							title: 'Employees on the contract paid at least the Real Living Wage',
							unit: 'employees',
							proxyValuePence: 52000,
							guidance:
								'Count people working on the contract, including subcontractors’ staff, who are paid at least the current Real Living Wage. Count each person once per year.',
							evidenceGuidance:
								'An anonymised payroll extract showing hourly rates, or your Living Wage Employer accreditation and subcontractors’ confirmations.',
							priorityCodes: ['CP1'],
						},
						{
							code: 'FAIR-2',
							title: 'Share of the contract workforce with guaranteed hours',
							unit: 'percent',
							proxyValuePence: null,
							guidance:
								'Record only: the percentage of people working on the contract whose employment contract guarantees at least 16 hours a week.',
							evidenceGuidance: 'An anonymised summary of contract types from your HR system.',
							priorityCodes: ['CP1'],
						},
						{
							code: 'FAIR-3',
							title: 'Mental health and wellbeing training for staff working on the contract',
							unit: 'hours_attendees',
							proxyValuePence: 540,
							guidance:
								'Multiply the length of each training session in hours by the number of staff who attended, for example mental health first aid or stress awareness.',
							evidenceGuidance: 'Attendance records or certificates, and the name of the training provider.',
							priorityCodes: ['CP2'],
						},
						{
							code: 'FAIR-4',
							title: 'Employees on the contract with access to a confidential support or counselling service',
							unit: 'employees',
							proxyValuePence: 13500,
							guidance:
								'Count people working on the contract who can use a free, confidential employee support or counselling service. Count each person once per year.',
							evidenceGuidance: 'The service agreement with the provider and an anonymised headcount of staff covered.',
							priorityCodes: ['CP2'],
						},
					],
				},
				{
					name: 'Supply chains are ethical and well run',
					measures: [
						{
							code: 'FAIR-5',
							title: 'Share of supplier and subcontractor invoices paid within 30 days',
							unit: 'percent',
							proxyValuePence: null,
							guidance:
								'Record only: divide the number of undisputed invoices on the contract paid within 30 days by all undisputed invoices, and give the result as a percentage.',
							evidenceGuidance: 'A report from your accounts system listing invoice dates and payment dates.',
							priorityCodes: ['CP1'],
						},
						{
							code: 'FAIR-6',
							title: 'Supply chain spend checked for modern slavery and unfair labour risks',
							unit: 'pounds',
							proxyValuePence: null,
							guidance:
								'Record only: the value of contract spend with suppliers you have checked, for example through a questionnaire, audit or recognised certification.',
							evidenceGuidance: 'A list of suppliers checked, the date and type of each check, and the spend with each.',
							priorityCodes: [],
						},
						{
							code: 'FAIR-7',
							title: 'How you will find and tackle modern slavery and unfair labour practices in your supply chain',
							unit: 'text',
							proxyValuePence: null,
							guidance:
								'Describe how you assess risk, what you ask of your suppliers, how workers can raise concerns and what you will do if you find a problem.',
							evidenceGuidance:
								'Your modern slavery statement or policy, and a short update each period on checks made and any issues found.',
							priorityCodes: [],
						},
					],
				},
			],
		},
	],
}

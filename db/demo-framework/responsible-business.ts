import type { ThemeContent } from '../../app/domain/toms/content.ts'

/** The demo framework's theme "Fair and responsible business": original, illustrative wording and invented proxy values. */
export const responsibleBusiness: ThemeContent = {
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
}

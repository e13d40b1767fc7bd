import type { ThemeContent } from '../../app/domain/toms/content.ts'

/** The demo framework's theme "Jobs and skills": original, illustrative wording and invented proxy values. */
export const jobsAndSkills: ThemeContent = {
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
					evidenceGuidance: 'A payroll extract and an anonymised summary from your equality monitoring records.',
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
}

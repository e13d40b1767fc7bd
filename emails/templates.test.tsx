import { expect, test } from 'vitest'
import { accountExistsEmail } from './account-exists.tsx'
import { contractAwardedEmail } from './contract-awarded.tsx'
import { contractChangedEmail } from './contract-changed.tsx'
import { halfYearSummaryEmail } from './half-year-summary.tsx'
import { invitationEmail } from './invitation.tsx'
import type { RenderedEmail } from './layout.tsx'
import { matrixDecisionEmail } from './matrix-decision.tsx'
import { matrixNotAwardedEmail } from './matrix-not-awarded.tsx'
import { matrixReceivedEmail } from './matrix-received.tsx'
import { matrixSubmittedEmail } from './matrix-submitted.tsx'
import { passwordResetEmail } from './password-reset.tsx'
import { returnDecisionEmail } from './return-decision.tsx'
import { returnReminderEmail } from './return-reminder.tsx'
import { returnSubmittedEmail } from './return-submitted.tsx'
import { reviewDigestEmail } from './review-digest.tsx'
import { tenderDeadlineReminderEmail } from './tender-deadline-reminder.tsx'
import { verifyEmail } from './verify-email.tsx'

const councilName = 'Testshire Council'
const url = (path: string) => `https://portal.example${path}`
const reminder = {
	councilName,
	contractReference: 'EX/1/C',
	contractTitle: 'Parks',
	organisationName: 'Brightstart',
	periodLabel: 'H1 2027/28',
	dueDate: '30 October 2027',
	daysLeft: 0,
	daysOverdue: 0,
	forManager: false,
	returnUrl: url('/returns/7'),
}

// One sample of every email the portal sends.
const templates: Record<string, RenderedEmail> = {
	accountExists: accountExistsEmail({
		councilName,
		name: 'Jo',
		signInUrl: url('/sign-in'),
		resetUrl: url('/forgotten-password'),
	}),
	verifyEmail: verifyEmail({
		councilName,
		name: 'Jo',
		organisationName: 'Brightstart',
		verifyUrl: url('/verify-email?token=a.b'),
		expiresInHours: 24,
	}),
	passwordReset: passwordResetEmail({
		councilName,
		name: 'Jo',
		resetUrl: url('/reset-password?token=a.b'),
		expiresInMinutes: 60,
	}),
	invitation: invitationEmail({
		councilName,
		name: 'Jo',
		invitedBy: 'Sam',
		roleLabel: 'Contract manager',
		acceptUrl: url('/accept-invitation?token=a.b'),
		expiresInDays: 7,
	}),
	matrixSubmitted: matrixSubmittedEmail({
		councilName,
		tenderTitle: 'Parks',
		tenderReference: 'EX/1',
		organisationName: 'Brightstart',
		submittedBy: 'Jo',
		matrixUrl: url('/matrices/3'),
		resubmitted: false,
	}),
	matrixReceived: matrixReceivedEmail({
		councilName,
		tenderReference: 'EX/1',
		tenderTitle: 'Parks',
		organisationName: 'Brightstart',
		resubmitted: false,
		deadline: '1 March 2027 at midday',
		sealed: true,
		url: url('/manage/tenders/1'),
	}),
	matrixDecision: matrixDecisionEmail({
		councilName,
		tenderTitle: 'Parks',
		tenderReference: 'EX/1',
		decision: 'request_changes',
		reason: 'Add milestones',
		changesDueBy: '10 March 2027 at 11:59pm',
		matrixUrl: url('/matrices/3'),
	}),
	contractAwarded: contractAwardedEmail({
		councilName,
		audience: 'supplier',
		contractReference: 'EX/1/C',
		contractTitle: 'Parks',
		organisationName: 'Brightstart',
		startDate: '1 April 2027',
		endDate: '31 March 2030',
		contractUrl: url('/contracts/4'),
	}),
	matrixNotAwarded: matrixNotAwardedEmail({
		councilName,
		tenderTitle: 'Parks',
		tenderReference: 'EX/1',
		matrixUrl: url('/matrices/5'),
	}),
	contractChanged: contractChangedEmail({
		councilName,
		contractReference: 'EX/1/C',
		contractTitle: 'Parks',
		reason: 'Extended',
		changes: ['Contract end changed from 31 March 2030 to 31 March 2031'],
		contractUrl: url('/contracts/4'),
	}),
	returnSubmitted: returnSubmittedEmail({
		councilName,
		contractReference: 'EX/1/C',
		contractTitle: 'Parks',
		periodLabel: 'H1 2027/28',
		submittedBy: 'Jo',
		late: true,
		resubmitted: false,
		reviewUrl: url('/manage/returns/7'),
	}),
	returnDecision: returnDecisionEmail({
		councilName,
		contractReference: 'EX/1/C',
		periodLabel: 'H1 2027/28',
		decision: 'return',
		reason: 'Add the timesheets',
		returnUrl: url('/returns/7'),
	}),
	returnDueSoon: returnReminderEmail({ ...reminder, kind: 'due_soon', daysLeft: 14 }),
	returnDueToday: returnReminderEmail({ ...reminder, kind: 'due_today' }),
	returnOverdue: returnReminderEmail({ ...reminder, kind: 'overdue', daysOverdue: 8 }),
	returnOverdueManagerCopy: returnReminderEmail({
		...reminder,
		kind: 'overdue',
		daysOverdue: 15,
		forManager: true,
		returnUrl: url('/contracts/4'),
	}),
	tenderDeadline: tenderDeadlineReminderEmail({
		councilName,
		tenderReference: 'EX/1',
		tenderTitle: 'Parks',
		deadline: '1 March 2027 at midday',
		matrixUrl: url('/matrices/3'),
	}),
	reviewDigest: reviewDigestEmail({
		councilName,
		name: 'Priya',
		returns: [{ label: 'EX/1/C, H1 2027/28', submitted: '2 November 2027 at 9:00am', url: url('/manage/returns/7') }],
		matrices: [{ label: 'EX/2, Northgate', url: url('/manage/matrices/9') }],
		queueUrl: url('/manage/returns'),
	}),
	halfYearSummary: halfYearSummaryEmail({
		councilName,
		label: 'H1 2027/28',
		counts: { expected: 3, onTime: 1, late: 1, missing: 1 },
		missing: [{ label: 'EX/1/C, H1 2027/28 (Brightstart)', url: url('/contracts/4') }],
		contractsUrl: url('/contracts'),
	}),
}

test.each(Object.entries(templates))(
	'%s: subject and text as expected, with the council named and an absolute link',
	(_name, email) => {
		expect({ subject: email.subject, text: email.text }).toMatchSnapshot()
		const links = email.text.match(/https?:\/\/\S+/g) ?? []
		expect(links.length).toBeGreaterThan(0)
		for (const link of links) {
			expect(link).toMatch(/^https:\/\/portal\.example\//)
			expect(email.html).toContain(`href="${link.replace(/&/g, '&amp;')}"`)
		}
		expect(email.html).toContain(councilName)
		expect(email.html).toMatch(/^<!DOCTYPE html><html lang="en">/)
	},
)

import { href } from 'react-router'
import { formatDate, formatDateTime, formatCalendarDate } from '#app/domain/dates.ts'
import { daysToGo, daysToGoInWords } from '#app/domain/days-to-go.ts'
import { matrixStatusLabels } from '#app/domain/matrix/matrix-state.ts'
import { countOf } from '#app/domain/plural.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import type {
	AwardToMake,
	ContractsAtAGlance,
	DeploymentSetUp,
	MatrixAwaitingReview,
	OverdueReturn,
	TenderToEvaluate,
} from '#app/lib/council-home.server.ts'
import type { ReturnCounts } from '#app/lib/dashboard.server.ts'
import { escapeHtml } from '#app/components/govuk/shared.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import type { TableCell } from '#app/components/govuk/table.tsx'
import type { TaskListItem } from '#app/components/govuk/task-list.tsx'
import { linkHtml, tagHtml } from '#app/components/table-cells.ts'
import { dashboardSummaryRows } from './dashboard-rows.ts'
import type { QueuedReturn } from './returns-rows.ts'

/** "Waiting since today", "Waiting 1 day", "Waiting 12 days": UK calendar days since `since`. */
export function waitingInWords(since: number, now: number): string {
	const days = -daysToGo(toLondonDateTime(since).date, now)
	return days <= 0 ? 'Waiting since today' : `Waiting ${countOf(days, 'day')}`
}

/** A link with a line of detail beneath it, as the first cell of a to-do row. */
function linkWithDetail(path: string, text: string, detail: string): TableCell {
	return { html: `${linkHtml(path, text)}<br><span class="govuk-body-s">${escapeHtml(detail)}</span>` }
}

export const returnsToReviewHead: TableCell[] = [{ text: 'Return' }, { text: 'Supplier' }, { text: 'Waiting' }]

/** Returns waiting for a decision, oldest first: each links to its review. */
export function returnsToReviewRows(queue: QueuedReturn[], now: number): TableCell[][] {
	return queue.map((item) => [
		linkWithDetail(
			href('/manage/returns/:returnId', { returnId: String(item.id) }),
			`${item.contractTitle}: ${item.periodLabel}`,
			item.contractReference,
		),
		{ text: item.organisationName },
		{ text: item.submittedAt === null ? '' : waitingInWords(item.submittedAt, now) },
	])
}

export const matricesToReviewHead: TableCell[] = [{ text: 'Matrix' }, { text: 'Status' }, { text: 'Waiting' }]

/** Matrices waiting for a decision, longest waiting first: each links to its review. */
export function matricesToReviewRows(items: MatrixAwaitingReview[], now: number): TableCell[][] {
	return items.map((item) => [
		linkWithDetail(
			href('/manage/matrices/:matrixId', { matrixId: String(item.id) }),
			`${item.organisation}: ${item.tenderTitle}`,
			item.tenderReference,
		),
		{ html: tagHtml(matrixStatusLabels[item.status], 'govuk-tag--blue') },
		{ text: waitingInWords(item.since, now) },
	])
}

export const overdueReturnsHead: TableCell[] = [{ text: 'Contract and period' }, { text: 'Supplier' }, { text: 'Due' }]

/** Returns past their due date and not in, longest overdue first: each links to its contract. */
export function overdueReturnsRows(items: OverdueReturn[], now: number): TableCell[][] {
	return items.map((item) => [
		linkWithDetail(
			href('/contracts/:contractId', { contractId: String(item.contractId) }),
			`${item.title}: ${item.period}`,
			item.reference,
		),
		{ text: item.organisation },
		{
			html: `${escapeHtml(formatCalendarDate(item.dueDate))}<br>${tagHtml(daysToGoInWords(item.dueDate, now), 'govuk-tag--red')}`,
		},
	])
}

export const tendersToEvaluateHead: TableCell[] = [
	{ text: 'Tender' },
	{ text: 'Deadline' },
	{ text: 'Bids', format: 'numeric' },
]

/** Tenders whose deadline has passed with bids to open: each links to its bids. */
export function tendersToEvaluateRows(items: TenderToEvaluate[]): TableCell[][] {
	return items.map((item) => [
		linkWithDetail(
			href('/manage/tenders/:tenderId/matrices', { tenderId: String(item.id) }),
			item.title,
			item.reference,
		),
		{ text: formatDateTime(item.deadlineAt) },
		{ text: item.bids, format: 'numeric' },
	])
}

export const awardsHead: TableCell[] = [{ text: 'Tender' }, { text: 'Approved bids', format: 'numeric' }]

/**
 * Tenders with an approved bid and no contract yet. One approved bid: straight to its award
 * page; several: to the tender's bids, to choose.
 */
export function awardsRows(items: AwardToMake[]): TableCell[][] {
	return items.map((item) => [
		linkWithDetail(
			item.approved === 1
				? href('/manage/matrices/:matrixId/award', { matrixId: String(item.matrixId) })
				: href('/manage/tenders/:tenderId/matrices', { tenderId: String(item.tenderId) }),
			item.title,
			`${item.reference} · approved ${formatDate(item.since)}`,
		),
		{ text: item.approved, format: 'numeric' },
	])
}

/** Committed against delivered across the contracts in scope, where their returns stand, and how their commitments stand. */
export function glanceRows(
	glance: Pick<ContractsAtAGlance, 'contracts' | 'committedPence' | 'deliveredPence' | 'rag'>,
	returns: ReturnCounts,
): SummaryListRow[] {
	const { red, amber, green, not_due } = glance.rag
	return [
		{ key: { text: 'Contracts' }, value: { text: String(glance.contracts) } },
		...dashboardSummaryRows(glance, returns),
		{
			key: { text: 'Commitments' },
			value: { text: `${red} red, ${amber} amber, ${green} green, ${not_due} with nothing due yet` },
		},
	]
}

const done = { text: 'Completed' }
const toDo = { tag: { text: 'Incomplete', classes: 'govuk-tag--blue' } }

/** How long a scheduled job may leave between reminder runs and still count as running them. */
const REMINDER_RUN_GAP_MS = 2 * 86_400_000

/** What the checklist says of the reminders: whether they run, and when they last did. */
function reminderStep(setUp: DeploymentSetUp, now: number): { running: boolean; hint: string } {
	const last = setUp.lastReminderRun
	const lastRan = last ? `They last ran on ${formatDateTime(last.at)}.` : 'They have not run yet.'
	if (setUp.reminderIntervalMinutes > 0)
		return {
			running: true,
			hint: `Reminders run every ${countOf(setUp.reminderIntervalMinutes, 'minute')}; the days before a due date they are sent are in the settings. ${lastRan}`,
		}
	if (last && now - last.at < REMINDER_RUN_GAP_MS)
		return { running: true, hint: `Reminders are run by a scheduled job (npm run reminders). ${lastRan}` }
	return {
		running: false,
		hint: `REMINDER_INTERVAL_MINUTES is 0: reminders do not run inside the server. Set it above 0, or run them from a scheduled job. ${lastRan}`,
	}
}

/** The set-up a new deployment needs, each step linked to where it is done. */
export function setUpChecklist(setUp: DeploymentSetUp, now: number): TaskListItem[] {
	const reminders = reminderStep(setUp, now)
	return [
		{
			title: { text: 'Save the council’s name and settings' },
			href: href('/admin/settings'),
			status: setUp.settingsSaved ? done : toDo,
		},
		{
			title: { text: 'Publish a TOMs edition' },
			hint: { text: `${countOf(setUp.publishedEditions, 'edition')} published` },
			href: href('/admin/toms'),
			status: setUp.publishedEditions > 0 ? done : toDo,
		},
		{
			title: { text: 'Set the council’s priorities' },
			hint: { text: `${countOf(setUp.priorities, 'priority', 'priorities')} set` },
			href: href('/admin/priorities'),
			status: setUp.priorities > 0 ? done : toDo,
		},
		{
			title: { text: 'Invite contract managers' },
			hint: { text: `${countOf(setUp.contractManagers, 'contract manager')} invited` },
			href: href('/admin/users/invite'),
			status: setUp.contractManagers > 0 ? done : toDo,
		},
		{
			title: { text: 'Configure email' },
			hint: {
				text: setUp.smtpConfigured
					? 'Email is sent through the SMTP server in SMTP_URL.'
					: 'SMTP_URL is not set: emails are written to the mail folder, not sent. Set it in the server’s environment.',
			},
			href: href('/admin/outbox'),
			status: setUp.smtpConfigured ? done : toDo,
		},
		{
			title: { text: 'Run the reminders' },
			hint: { text: reminders.hint },
			href: href('/admin/settings'),
			status: reminders.running ? done : toDo,
		},
	]
}

import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import { db, type DbOrTx, type Tx } from '#db/client.server.ts'
import {
	contracts,
	matrices,
	organisations,
	progressReturns,
	reportingPeriods,
	returnEvents,
	tenders,
	users,
} from '#db/schema.ts'
import { halfYearSummaryEmail } from '#emails/half-year-summary.tsx'
import { returnReminderEmail } from '#emails/return-reminder.tsx'
import { reviewDigestEmail } from '#emails/review-digest.tsx'
import { tenderDeadlineReminderEmail } from '#emails/tender-deadline-reminder.tsx'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { weeklyDigestSlot } from '#app/domain/reminders/digest.ts'
import { halfYearSummaryDue, summariseReturns } from '#app/domain/reminders/half-year-summary.ts'
import { returnReminderDue } from '#app/domain/reminders/return-reminders.ts'
import { addDays } from '#app/domain/calendar-dates.ts'
import { sendTimeOn } from '#app/domain/reminders/send-time.ts'
import { tenderDeadlineReminderDue } from '#app/domain/reminders/tender-reminders.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { emailLink } from './email-links.server.ts'
import { enqueueEmail, wakeOutbox } from './outbox.server.ts'
import { recordReminderRun } from './reminder-runs.server.ts'
import { reachableMember } from './supplier-contacts.server.ts'
import { getSettings } from './settings.server.ts'
import { listCouncils, type Council } from './councils.server.ts'

/** After this many days overdue the contract manager is copied on the reminders. */
export const COPY_MANAGER_AFTER_DAYS = 14
export const TENDER_REMINDER_DAYS = 3
const DAY = 86_400_000

type Recipient = { id: number; email: string; organisationId: number; receivesReminders: boolean }

/**
 * The members of each organisation who receive reminders: those chosen on the organisation
 * page, or every active member when nobody was chosen, so a reminder is never sent to no one;
 * while an organisation the council added is unclaimed, the contact it invited.
 */
function reminderRecipients(organisationIds: number[]): Map<number, Recipient[]> {
	const members = organisationIds.length
		? db
				.select({
					id: users.id,
					email: users.email,
					organisationId: users.organisationId,
					receivesReminders: users.receivesReminders,
				})
				.from(users)
				.where(and(inArray(users.organisationId, [...new Set(organisationIds)]), reachableMember))
				.all()
		: []
	const byOrganisation = new Map<number, Recipient[]>(organisationIds.map((id) => [id, []]))
	for (const member of members) byOrganisation.get(member.organisationId)!.push(member)
	for (const [id, own] of byOrganisation) {
		const chosen = own.filter((m) => m.receivesReminders)
		if (chosen.length) byOrganisation.set(id, chosen)
	}
	return byOrganisation
}

/**
 * Queues every reminder that is due at `now`. Each has a dedupe key built from what it is
 * about, the stage and the recipient, so running this twice, in two processes at once, or
 * again after a crash part way, queues each reminder exactly once. They are written a batch
 * of periods at a time, so a crash keeps the batches already queued and the next run queues
 * the rest.
 */
export function runReminders(now: number) {
	const counts = { returns: 0, tenders: 0, digests: 0, summaries: 0 }
	// Each council's reminders follow its own settings and carry its own name.
	for (const council of listCouncils()) {
		counts.returns += returnReminders(council, now)
		counts.tenders += tenderReminders(council, now)
		counts.digests += reviewDigests(council, now)
		counts.summaries += halfYearSummaries(council, now)
	}
	recordReminderRun(now, counts.returns + counts.tenders + counts.digests + counts.summaries)
	wakeOutbox()
	return counts
}

function queue(
	tx: DbOrTx,
	councilId: number,
	dedupeKey: string,
	to: string,
	email: Parameters<typeof enqueueEmail>[1]['email'],
	now: number,
): number {
	return enqueueEmail(tx, { dedupeKey, to, email, councilId }, now) ? 1 : 0
}

/**
 * Periods per transaction: one commit for many reminders rather than one each, which on a
 * large council is most of a run's time, while holding the write lock only briefly.
 */
const BATCH = 500

function inBatches<T>(items: T[], write: (tx: Tx, batch: T[]) => number): number {
	let queued = 0
	for (let start = 0; start < items.length; start += BATCH) {
		const batch = items.slice(start, start + BATCH)
		queued += db.transaction((tx) => write(tx, batch))
	}
	return queued
}

function returnReminders(council: Council, now: number): number {
	const settings = getSettings(council.id)
	const today = toLondonDateTime(now).date
	const furthestLead = Math.max(0, ...settings.reminderLeadDays)
	// Periods whose return is not in (or was sent back), and whose first reminder could be due.
	const open = db
		.select({
			periodId: reportingPeriods.id,
			label: reportingPeriods.label,
			dueDate: reportingPeriods.dueDate,
			contractId: contracts.id,
			contractReference: contracts.reference,
			contractTitle: contracts.title,
			organisationId: contracts.organisationId,
			organisationName: organisations.name,
			managerId: contracts.contractManagerId,
			returnId: progressReturns.id,
			returnStatus: progressReturns.status,
		})
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(
			and(
				eq(contracts.councilId, council.id),
				eq(reportingPeriods.active, true),
				eq(contracts.status, 'active'),
				lte(reportingPeriods.dueDate, addDays(today, furthestLead)),
				or(isNull(progressReturns.id), inArray(progressReturns.status, ['draft', 'returned'])),
			),
		)
		.orderBy(asc(reportingPeriods.dueDate), asc(reportingPeriods.id))
		.all()
	const returnedIds = open.filter((p) => p.returnStatus === 'returned').map((p) => p.returnId!)
	const cycles = new Map(
		returnedIds.length
			? db
					.select({ returnId: returnEvents.returnId, at: sql<number>`max(${returnEvents.at})` })
					.from(returnEvents)
					.where(and(inArray(returnEvents.returnId, returnedIds), eq(returnEvents.toStatus, 'returned')))
					.groupBy(returnEvents.returnId)
					.all()
					.map((row) => [row.returnId, row.at])
			: [],
	)
	const recipients = reminderRecipients(open.map((p) => p.organisationId))
	const managers = new Map(
		db
			.select({ id: users.id, email: users.email, status: users.status })
			.from(users)
			.where(inArray(users.id, [0, ...new Set(open.map((p) => p.managerId))]))
			.all()
			.map((m) => [m.id, m]),
	)
	const councilName = council.name
	// Many periods share a due date; the stage reached depends only on it and the cycle.
	const stages = new Map<string, ReturnType<typeof returnReminderDue>>()
	const stageOf = (dueDate: string, cycleStartedAt: number | null) => {
		const key = `${dueDate}:${cycleStartedAt}`
		if (!stages.has(key))
			stages.set(
				key,
				returnReminderDue({
					dueDate,
					leadDays: settings.reminderLeadDays,
					copyManagerAfterDays: COPY_MANAGER_AFTER_DAYS,
					cycleStartedAt,
					now,
				}),
			)
		return stages.get(key)!
	}
	return inBatches(open, (tx, batch) => {
		let queued = 0
		for (const period of batch) {
			const reminder = stageOf(period.dueDate, period.returnId === null ? null : (cycles.get(period.returnId) ?? null))
			if (!reminder) continue
			const common = {
				councilName,
				contractReference: period.contractReference,
				contractTitle: period.contractTitle,
				organisationName: period.organisationName,
				periodLabel: period.label,
				dueDate: formatCalendarDate(period.dueDate),
				kind: reminder.kind,
				daysLeft: reminder.daysLeft,
				daysOverdue: reminder.daysOverdue,
			}
			// Before the return is started, the link leads to the page that starts it in one step
			// (and, once a colleague has started it, on to the return).
			const supplierUrl =
				period.returnId === null
					? emailLink('/returns/start/:periodId', { periodId: String(period.periodId) })
					: emailLink('/returns/:returnId', { returnId: String(period.returnId) })
			for (const member of recipients.get(period.organisationId) ?? []) {
				queued += queue(
					tx,
					council.id,
					`reminder:return:${period.periodId}:${reminder.key}:${member.id}`,
					member.email,
					returnReminderEmail({ ...common, forManager: false, returnUrl: supplierUrl }),
					now,
				)
			}
			const manager = managers.get(period.managerId)
			if (reminder.copyManager && manager?.status === 'active') {
				queued += queue(
					tx,
					council.id,
					`reminder:return:${period.periodId}:${reminder.key}:manager:${manager.id}`,
					manager.email,
					returnReminderEmail({
						...common,
						forManager: true,
						returnUrl: emailLink('/contracts/:contractId', { contractId: String(period.contractId) }),
					}),
					now,
				)
			}
		}
		return queued
	})
}

function tenderReminders(council: Council, now: number): number {
	const drafts = db
		.select({
			matrixId: matrices.id,
			organisationId: matrices.organisationId,
			tenderId: tenders.id,
			reference: tenders.reference,
			title: tenders.title,
			deadlineAt: tenders.deadlineAt,
		})
		.from(matrices)
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.where(
			and(
				eq(tenders.councilId, council.id),
				eq(matrices.status, 'draft'),
				eq(tenders.status, 'published'),
				// Only bids made in this portal: one entered from another system is complete, and the
				// council's draft of a contract it records directly has no deadline for the supplier.
				eq(tenders.bidding, 'portal'),
				gt(tenders.deadlineAt, now),
				lte(tenders.deadlineAt, now + TENDER_REMINDER_DAYS * DAY),
			),
		)
		.all()
	const recipients = reminderRecipients(drafts.map((d) => d.organisationId))
	const councilName = council.name
	return inBatches(drafts, (tx, batch) => {
		let queued = 0
		for (const draft of batch) {
			const reminder = tenderDeadlineReminderDue({ deadlineAt: draft.deadlineAt, leadDays: TENDER_REMINDER_DAYS, now })
			if (!reminder) continue
			const email = tenderDeadlineReminderEmail({
				councilName,
				tenderReference: draft.reference,
				tenderTitle: draft.title,
				deadline: formatDateTime(draft.deadlineAt),
				matrixUrl: emailLink('/matrices/:matrixId', { matrixId: String(draft.matrixId) }),
			})
			for (const member of recipients.get(draft.organisationId) ?? []) {
				queued += queue(
					tx,
					council.id,
					`reminder:tender:${draft.tenderId}:${draft.deadlineAt}:${reminder.key}:${member.id}`,
					member.email,
					email,
					now,
				)
			}
		}
		return queued
	})
}

function reviewDigests(council: Council, now: number): number {
	const slot = weeklyDigestSlot(now)
	// Sent on Monday; a digest that would first go out later in the week waits for the next one.
	if (now - slot.startsAt > DAY) return 0
	const reviewers = db
		.select({ id: users.id, name: users.name, email: users.email, role: users.role })
		.from(users)
		.where(
			and(
				eq(users.organisationId, council.id),
				inArray(users.role, ['contract_manager', 'admin']),
				eq(users.status, 'active'),
			),
		)
		.all()
	if (reviewers.length === 0) return 0
	const waitingReturns = db
		.select({
			id: progressReturns.id,
			submittedAt: progressReturns.submittedAt,
			managerId: contracts.contractManagerId,
			label: sql<string>`${contracts.reference} || ', ' || ${reportingPeriods.label}`,
		})
		.from(progressReturns)
		.innerJoin(contracts, eq(contracts.id, progressReturns.contractId))
		.innerJoin(reportingPeriods, eq(reportingPeriods.id, progressReturns.periodId))
		.where(and(eq(contracts.councilId, council.id), eq(progressReturns.status, 'submitted')))
		.orderBy(asc(progressReturns.submittedAt))
		.all()
	const waitingMatrices = db
		.select({
			id: matrices.id,
			managerId: tenders.contractManagerId,
			label: sql<string>`${tenders.reference} || ', ' || ${organisations.name}`,
		})
		.from(matrices)
		.innerJoin(tenders, eq(tenders.id, matrices.tenderId))
		.innerJoin(organisations, eq(organisations.id, matrices.organisationId))
		.where(
			and(
				eq(tenders.councilId, council.id),
				inArray(matrices.status, ['submitted', 'under_review', 'resubmitted']),
				lte(tenders.deadlineAt, now),
			),
		)
		.all()
	let queued = 0
	for (const reviewer of reviewers) {
		// Each reviewer hears about the tenders and contracts they manage.
		const mine = <T extends { managerId: number }>(items: T[]) => items.filter((item) => item.managerId === reviewer.id)
		const returns = mine(waitingReturns)
		const matrixItems = mine(waitingMatrices)
		if (returns.length + matrixItems.length === 0) continue
		const email = reviewDigestEmail({
			councilName: council.name,
			name: reviewer.name,
			returns: returns.map((r) => ({
				label: r.label,
				submitted: r.submittedAt === null ? '' : formatDateTime(r.submittedAt),
				url: emailLink('/manage/returns/:returnId', { returnId: String(r.id) }),
			})),
			matrices: matrixItems.map((m) => ({
				label: m.label,
				url: emailLink('/manage/matrices/:matrixId', { matrixId: String(m.id) }),
			})),
			queueUrl: emailLink('/manage/returns'),
		})
		queued += queue(db, council.id, `digest:${slot.key}:${reviewer.id}`, reviewer.email, email, now)
	}
	return queued
}

function halfYearSummaries(council: Council, now: number): number {
	const settings = getSettings(council.id)
	const summary = halfYearSummaryDue({
		financialYearStartMonth: settings.financialYearStartMonth,
		dueDays: settings.returnDueDays,
		now,
	})
	// Sent in the week after the half-year's returns were due; not months later on a new install.
	if (!summary || now - sendTimeOn(addDays(summary.dueDate, 1)) > 7 * DAY) return 0
	const periods = db
		.select({
			periodId: reportingPeriods.id,
			contractId: contracts.id,
			label: sql<string>`${contracts.reference} || ', ' || ${reportingPeriods.label} || ' (' || ${organisations.name} || ')'`,
			dueDate: reportingPeriods.dueDate,
			submittedAt: progressReturns.submittedAt,
			late: sql<number>`coalesce(${progressReturns.late}, 0)`,
		})
		.from(reportingPeriods)
		.innerJoin(contracts, eq(contracts.id, reportingPeriods.contractId))
		.innerJoin(organisations, eq(organisations.id, contracts.organisationId))
		.leftJoin(progressReturns, eq(progressReturns.periodId, reportingPeriods.id))
		.where(
			and(
				eq(contracts.councilId, council.id),
				eq(reportingPeriods.active, true),
				sql`${reportingPeriods.endDate} between ${summary.periodStart} and ${summary.periodEnd}`,
			),
		)
		.all()
	if (periods.length === 0) return 0
	const counts = summariseReturns(
		periods.map((p) => ({ dueDate: p.dueDate, submittedAt: p.submittedAt, late: Boolean(p.late) })),
	)
	const email = halfYearSummaryEmail({
		councilName: council.name,
		label: summary.label,
		counts,
		missing: periods
			.filter((p) => p.submittedAt === null)
			.map((p) => ({ label: p.label, url: emailLink('/contracts/:contractId', { contractId: String(p.contractId) }) })),
		contractsUrl: emailLink('/contracts'),
	})
	const leads = db
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(and(eq(users.organisationId, council.id), eq(users.role, 'admin'), eq(users.status, 'active')))
		.all()
	let queued = 0
	for (const lead of leads) queued += queue(db, council.id, `summary:${summary.key}:${lead.id}`, lead.email, email, now)
	return queued
}

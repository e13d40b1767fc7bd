import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { and, eq, like } from 'drizzle-orm'
import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { outbox, progressReturns, reportingPeriods } from '#db/schema.ts'
import { returnReminderEmail } from '#emails/return-reminder.tsx'
import { setUpAwardedContract, setUpMatrixTender } from '#tests/matrix-fixture.ts'
import { startMatrix } from './matrices.server.ts'
import { runReminders } from './reminders.server.ts'
import { decideReturn } from './return-review.server.ts'
import { openReturn } from './returns.server.ts'
import { submitReturn } from './return-submission.server.ts'

const HOUR = 3_600_000
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>
let firstPeriod: number

function remindersFor(periodId: number) {
	return db
		.select({
			key: outbox.dedupeKey,
			to: outbox.to,
			subject: outbox.subject,
			createdAt: outbox.createdAt,
			text: outbox.text,
		})
		.from(outbox)
		.where(like(outbox.dedupeKey, `reminder:return:${periodId}:%`))
		.orderBy(outbox.id)
		.all()
}

beforeAll(async () => {
	fixture = await setUpAwardedContract('RM-1', Date.UTC(2027, 0, 10, 9))
	firstPeriod = db
		.select({ id: reportingPeriods.id })
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, fixture.contractId), eq(reportingPeriods.key, '2027-28-H1')))
		.get()!.id
})

describe('return reminders through a year with a moving clock', () => {
	test('due in 14 and 3 days, due today, overdue weekly with the manager copied after two weeks; silence once submitted', () => {
		// Every hour from the end of the period until well after submission.
		const submitAt = Date.parse('2027-11-17T10:30:00Z')
		let returnId = 0
		for (let now = Date.parse('2027-09-30T00:00:00Z'); now < Date.parse('2028-01-31T00:00:00Z'); now += HOUR) {
			if (!returnId && now >= submitAt) {
				const opened = openReturn(fixture.supplierA, firstPeriod, { ip: '127.0.0.1', now })
				if (!opened.ok) throw new Error(opened.message)
				returnId = opened.returnId
				const loaded = db.select().from(progressReturns).where(eq(progressReturns.id, returnId)).get()!
				expect(loaded.status).toBe('draft')
				db.update(progressReturns).set({ nil: true, nilReason: 'Closed' }).where(eq(progressReturns.id, returnId)).run()
				expect(
					submitReturn(fixture.supplierA, { returnId, version: loaded.version }, { ip: '127.0.0.1', now }),
				).toEqual({ ok: true })
			}
			runReminders(now)
		}
		const supplierMail = remindersFor(firstPeriod).filter((m) => m.to === fixture.supplierA.email)
		expect(supplierMail.map((m) => [m.subject, new Date(m.createdAt).toISOString()])).toEqual([
			['Progress return due in 14 days: RM-1/C, H1 2027/28', '2027-10-16T07:00:00.000Z'],
			['Progress return due in 3 days: RM-1/C, H1 2027/28', '2027-10-27T07:00:00.000Z'],
			['Progress return due today: RM-1/C, H1 2027/28', '2027-10-30T07:00:00.000Z'],
			['Progress return overdue by 1 day: RM-1/C, H1 2027/28', '2027-10-31T08:00:00.000Z'],
			['Progress return overdue by 8 days: RM-1/C, H1 2027/28', '2027-11-07T08:00:00.000Z'],
			['Progress return overdue by 15 days: RM-1/C, H1 2027/28', '2027-11-14T08:00:00.000Z'],
		])
		// Every member of the organisation gets each one (nobody chose, so everybody), and the manager only from two weeks late.
		expect(remindersFor(firstPeriod).filter((m) => m.to === fixture.colleagueA.email)).toHaveLength(6)
		expect(
			remindersFor(firstPeriod)
				.filter((m) => m.to === fixture.admin.email)
				.map((m) => m.subject),
		).toEqual(['Progress return overdue by 15 days: RM-1/C, H1 2027/28'])
		// Before the return is started, the link goes to the page that starts it.
		expect(
			supplierMail.every((m) =>
				m.text.includes(`Go to the return: http://localhost:3000/returns/start/${firstPeriod}`),
			),
		).toBe(true)

		// Returned for changes: reminders start again at the next stage, not at once.
		const returnedAt = Date.parse('2028-02-01T10:00:00Z')
		const version = db.select().from(progressReturns).where(eq(progressReturns.id, returnId)).get()!.version
		expect(
			decideReturn(
				fixture.admin,
				{ returnId, decision: 'return', reason: 'Say why it was closed', version },
				{ ip: '127.0.0.1', now: returnedAt },
			),
		).toEqual({ ok: true })
		const before = remindersFor(firstPeriod).length
		runReminders(returnedAt + HOUR)
		expect(remindersFor(firstPeriod)).toHaveLength(before)
		runReminders(Date.parse('2028-02-05T09:00:00Z'))
		expect(remindersFor(firstPeriod)).toHaveLength(before)
		runReminders(Date.parse('2028-02-06T09:00:00Z'))
		const restarted = remindersFor(firstPeriod).slice(before)
		expect(restarted.map((m) => m.to).sort()).toEqual(
			[fixture.admin.email, fixture.colleagueA.email, fixture.supplierA.email].sort(),
		)
		expect(restarted[0]!.subject).toBe('Progress return overdue by 99 days: RM-1/C, H1 2027/28')
		expect(restarted.find((m) => m.to === fixture.supplierA.email)!.text).toContain(
			`http://localhost:3000/returns/${returnId}`,
		)
	}, 60_000)

	test('running twice at the same moment queues nothing twice', () => {
		const now = Date.parse('2028-04-20T09:00:00Z') // H2 2027/28 is due on 30 April
		const first = runReminders(now)
		expect(first.returns).toBeGreaterThan(0)
		expect(runReminders(now).returns).toBe(0)
	})

	test('a run interrupted part way, run again, sends the rest and none twice', () => {
		const now = Date.parse('2028-05-01T09:00:00Z')
		// The mail server of one recipient makes the database refuse its message part way through the run.
		db.run(
			`create temp trigger refuse_one before insert on outbox when new."to" = '${fixture.colleagueA.email}' begin select raise(abort, 'interrupted'); end`,
		)
		expect(() => runReminders(now)).toThrow(/interrupted/)
		db.run('drop trigger refuse_one')
		const afterCrash = db.select().from(outbox).where(like(outbox.dedupeKey, '%:c0:overdue-1:%')).all()
		runReminders(now)
		const afterRerun = db.select().from(outbox).where(like(outbox.dedupeKey, '%:c0:overdue-1:%')).all()
		expect(afterRerun.length).toBeGreaterThan(afterCrash.length)
		const keys = afterRerun.map((m) => m.dedupeKey)
		expect(new Set(keys).size).toBe(keys.length)
		expect(
			afterRerun.filter((m) => m.to === fixture.colleagueA.email && m.subject.includes('H2 2027/28')),
		).toHaveLength(1)
	})
})

test('the same run in two processes at once queues each reminder once', async () => {
	const tsx = path.resolve('node_modules/.bin/tsx')
	const run = () =>
		promisify(execFile)(tsx, ['server/reminders.ts', '--now', '2028-05-08T09:30'], {
			env: { ...process.env, SMTP_URL: '' },
			timeout: 60_000,
		})
	const before = db.select().from(outbox).all().length
	const [a, b] = await Promise.all([run(), run()])
	expect(a.stdout + b.stdout).toContain('Reminders at 2028-05-08T08:30:00.000Z')
	const added = db
		.select()
		.from(outbox)
		.all()
		.slice(before)
		.filter((m) => m.dedupeKey.startsWith('reminder:return:'))
	const keys = added.map((m) => m.dedupeKey)
	expect(keys.length).toBeGreaterThan(0)
	expect(new Set(keys).size).toBe(keys.length)
	expect(added.map((m) => m.subject)).toContain('Progress return overdue by 8 days: RM-1/C, H2 2027/28')
}, 90_000)

test('a reminder first sent after its stage says how many days late the return really is', async () => {
	const late = await setUpAwardedContract('RM-4', Date.UTC(2027, 0, 10, 9))
	const periodId = db
		.select({ id: reportingPeriods.id })
		.from(reportingPeriods)
		.where(and(eq(reportingPeriods.contractId, late.contractId), eq(reportingPeriods.key, '2027-28-H1')))
		.get()!.id
	// Due 30 October 2027 (summer time); the runner is first up on 9 November (winter time), ten days on.
	runReminders(Date.parse('2027-11-09T09:00:00Z'))
	// Then on 7 December, 38 days late, the weekly stage of 36 days goes out.
	runReminders(Date.parse('2027-12-07T09:00:00Z'))
	expect(
		remindersFor(periodId)
			.filter((m) => m.to === late.supplierA.email)
			.map((m) => [m.key.split(':').slice(3, 5).join(':'), m.subject]),
	).toEqual([
		['c0:overdue-8', 'Progress return overdue by 10 days: RM-4/C, H1 2027/28'],
		['c0:overdue-36', 'Progress return overdue by 38 days: RM-4/C, H1 2027/28'],
	])
})

test('three days before a tender deadline, organisations with an unsubmitted draft are reminded once', async () => {
	const tender = await setUpMatrixTender('RM-2', Date.UTC(2027, 0, 10, 9))
	startMatrix(tender.supplierA, tender.tenderId, { ip: '127.0.0.1', now: Date.UTC(2027, 0, 11) })
	expect(runReminders(tender.deadlineAt - 4 * 86_400_000).tenders).toBe(0)
	expect(runReminders(tender.deadlineAt - 2 * 86_400_000).tenders).toBe(2) // both members of A; B has no draft
	expect(runReminders(tender.deadlineAt - 86_400_000).tenders).toBe(0)
	const mail = db
		.select()
		.from(outbox)
		.where(like(outbox.dedupeKey, `reminder:tender:${tender.tenderId}:%`))
		.all()
	expect(mail.map((m) => m.to).sort()).toEqual([tender.supplierA.email, tender.colleagueA.email].sort())
	expect(mail[0]!.subject).toBe('Your social value matrix is not submitted yet: RM-2')
	expect(mail[0]!.text).toMatch(/http:\/\/localhost:3000\/matrices\/\d+/)
})

test('contract managers get a Monday digest of what waits for them, once a week', () => {
	const saved = openReturn(
		fixture.supplierA,
		db
			.select({ id: reportingPeriods.id })
			.from(reportingPeriods)
			.where(and(eq(reportingPeriods.contractId, fixture.contractId), eq(reportingPeriods.key, '2028-29-H1')))
			.get()!.id,
		{ ip: '127.0.0.1', now: Date.parse('2028-10-02T09:00:00Z') },
	)
	if (!saved.ok) throw new Error(saved.message)
	const version = () => db.select().from(progressReturns).where(eq(progressReturns.id, saved.returnId)).get()!.version
	db.update(progressReturns).set({ nil: true, nilReason: 'Closed' }).where(eq(progressReturns.id, saved.returnId)).run()
	expect(
		submitReturn(
			fixture.supplierA,
			{ returnId: saved.returnId, version: version() },
			{ ip: '127.0.0.1', now: Date.parse('2028-10-03T09:00:00Z') },
		),
	).toEqual({ ok: true })
	const digests = () =>
		db
			.select()
			.from(outbox)
			.where(and(like(outbox.dedupeKey, 'digest:%'), eq(outbox.to, fixture.admin.email)))
			.all()
	runReminders(Date.parse('2028-10-09T06:00:00Z')) // Monday, before 08:00 UK time
	const mondayCount = digests().length
	runReminders(Date.parse('2028-10-09T07:30:00Z')) // Monday 08:30 UK time
	expect(digests()).toHaveLength(mondayCount + 1)
	expect(digests().at(-1)!.subject).toBe('1 item waiting for your review')
	expect(digests().at(-1)!.text).toContain(`/manage/returns/${saved.returnId}`)
	runReminders(Date.parse('2028-10-10T09:00:00Z'))
	expect(digests()).toHaveLength(mondayCount + 1)
})

test('after a half-year’s returns were due, administrators get a summary of received, late and missing', () => {
	// H1 2028/29 ended 30 September 2028; its returns were due 30 October; the summary goes on 31 October.
	runReminders(Date.parse('2028-10-31T09:00:00Z'))
	const summary = db.select().from(outbox).where(like(outbox.dedupeKey, `summary:2028-29-H1:%`)).all()
	expect(summary.map((m) => m.to)).toContain(fixture.admin.email)
	expect(summary[0]!.subject).toMatch(/^Progress returns for H1 2028\/29: \d+ of \d+ received$/)
	runReminders(Date.parse('2028-10-31T10:00:00Z'))
	expect(db.select().from(outbox).where(like(outbox.dedupeKey, `summary:2028-29-H1:%`)).all()).toHaveLength(
		summary.length,
	)
})

test('every reminder template has its subject, plain text and an absolute link', () => {
	const email = returnReminderEmail({
		councilName: 'Testshire Council',
		contractReference: 'EX/1',
		contractTitle: 'Parks',
		organisationName: 'Brightstart',
		periodLabel: 'H1 2027/28',
		dueDate: '30 October 2027',
		kind: 'overdue',
		daysLeft: 0,
		daysOverdue: 15,
		forManager: true,
		returnUrl: 'https://portal.example/contracts/1',
	})
	expect(email.subject).toBe('Progress return overdue by 15 days: EX/1, H1 2027/28')
	expect(email.text).toContain('Brightstart has not yet submitted its progress return for H1 2027/28')
	expect(email.html).toContain('href="https://portal.example/contracts/1"')
})

test('a run over more periods than one transaction holds queues a reminder for each of them, once', async () => {
	const big = await setUpAwardedContract('RM-3', Date.UTC(2027, 0, 10, 9))
	const added = db
		.insert(reportingPeriods)
		.values(
			Array.from({ length: 1234 }, (_, i) => ({
				contractId: big.contractId,
				key: `extra-${i}`,
				label: `Extra ${i}`,
				startDate: '2029-10-01',
				endDate: '2029-12-31',
				dueDate: '2030-01-30',
			})),
		)
		.returning({ id: reportingPeriods.id })
		.all()
	runReminders(Date.parse('2030-01-31T09:00:00Z'))
	runReminders(Date.parse('2030-01-31T10:00:00Z'))
	const ids = new Set(added.map((p) => String(p.id)))
	const queued = db
		.select({ key: outbox.dedupeKey, to: outbox.to })
		.from(outbox)
		.where(like(outbox.dedupeKey, 'reminder:return:%:c0:overdue-1:%'))
		.all()
		.filter((m) => ids.has(m.key.split(':')[2]!))
	// Both members of the supplier, for every period; nobody twice.
	expect(queued).toHaveLength(added.length * 2)
	expect(new Set(queued.map((m) => m.key)).size).toBe(queued.length)
	expect(new Set(queued.map((m) => m.to))).toEqual(new Set([big.supplierA.email, big.colleagueA.email]))
}, 60_000)

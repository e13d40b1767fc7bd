import { and, eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, calendarFeeds, organisations, users } from '#db/schema.ts'
import { fromLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { day, matrixVersion, setUpAwardedContract, setUpMatrixTender, submitBidOf } from '#tests/matrix-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import { calendarFeedOwner, hasCalendarFeed, issueCalendarFeed } from './calendar-feeds.server.ts'
import { dueDatesCalendar } from './due-date-calendar.server.ts'
import { decideMatrix } from './matrix-review.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>

beforeAll(async () => {
	fixture = await setUpAwardedContract('FEED-1', now)
})

/** The events of a calendar, as a well-kept iCalendar library reads them. */
function calendarEvents(text: string) {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => ({
		uid: vevent.getFirstPropertyValue('uid'),
		start: String(vevent.getFirstPropertyValue('dtstart')),
		allDay: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
		summary: vevent.getFirstPropertyValue('summary'),
		url: vevent.getFirstPropertyValue('url'),
		description: vevent.getFirstPropertyValue('description'),
	}))
}

test('a calendar address leads to its person; only a hash of its secret is kept', () => {
	expect(hasCalendarFeed(fixture.supplierA.id)).toBe(false)
	const token = issueCalendarFeed(fixture.supplierA, ctx)
	expect(calendarFeedOwner(token)).toEqual(fixture.supplierA)
	expect(hasCalendarFeed(fixture.supplierA.id)).toBe(true)
	const [id, secret] = token.split('.') as [string, string]
	const row = db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id)).get()
	expect(row?.secretHash).toHaveLength(32)
	expect(JSON.stringify(row)).not.toContain(secret)
})

test('resetting the address stops the old one, and each is audited', () => {
	const first = issueCalendarFeed(fixture.colleagueA, ctx)
	const second = issueCalendarFeed(fixture.colleagueA, { ...ctx, now: now + 1000 })
	expect(calendarFeedOwner(first)).toBeNull()
	expect(calendarFeedOwner(second)?.id).toBe(fixture.colleagueA.id)
	const actions = db
		.select({ action: auditEvents.action })
		.from(auditEvents)
		.where(and(eq(auditEvents.actorUserId, fixture.colleagueA.id)))
		.all()
		.map((event) => event.action)
	expect(actions).toEqual(['calendar_feed_created', 'calendar_feed_reset'])
})

test('a wrong secret, a made-up address or nonsense leads nowhere', () => {
	const token = issueCalendarFeed(fixture.supplierB, ctx)
	const [id] = token.split('.')
	expect(calendarFeedOwner(`${id}.${'a'.repeat(24)}`)).toBeNull()
	expect(calendarFeedOwner(`${'b'.repeat(24)}.${'a'.repeat(24)}`)).toBeNull()
	expect(calendarFeedOwner('nonsense')).toBeNull()
	expect(calendarFeedOwner(`${token}.ics`)).toBeNull()
})

test('the address of someone who can no longer sign in leads nowhere', async () => {
	const organisation = createOrganisation(db, { kind: 'supplier' })
	const leaver = session(await createUser(db, { organisationId: organisation.id, role: 'supplier', passwordHash: 'x' }))
	const token = issueCalendarFeed(leaver, ctx)
	expect(calendarFeedOwner(token)?.id).toBe(leaver.id)
	db.update(users).set({ status: 'disabled' }).where(eq(users.id, leaver.id)).run()
	expect(calendarFeedOwner(token)).toBeNull()
})

test('the calendar holds each due date as an all-day event linking back to where it is done', () => {
	const later = Date.parse('2027-11-20T10:00:00Z')
	const events = calendarEvents(dueDatesCalendar(fixture.supplierA, later))
	expect(events.map((event) => [event.start, event.allDay, event.summary])).toEqual([
		['2027-01-20', true, 'Tender deadline: FEED-1 Library cleaning'],
		['2027-10-30', true, 'Return due: H1 2027/28, FEED-1/C Library cleaning'],
		['2028-04-30', true, 'Return due: H2 2027/28, FEED-1/C Library cleaning'],
		['2028-10-30', true, 'Return due: H1 2028/29, FEED-1/C Library cleaning'],
		['2029-04-30', true, 'Return due: H2 2028/29, FEED-1/C Library cleaning'],
	])
	expect(events[0]!.url).toBe(`http://localhost:3000/matrices/${fixture.matrixId}`)
	expect(events[0]!.uid).toBe(`tender-${fixture.tenderId}@localhost:3000`)
	// A supplier's dates may be several councils': each names its own.
	expect(events[1]!.description).toMatch(
		/^Council \w+: The H1 2027\/28 return for FEED-1\/C is due on 30 October 2027\.\nhttp:\/\/localhost:3000\/returns\/start\/\d+$/,
	)
	// The same dates keep the same names, so a calendar updates them rather than adding copies.
	const again = new ICAL.Component(ICAL.parse(dueDatesCalendar(fixture.supplierA, later + 86_400_000)))
	expect(again.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(
		events.map((event) => event.uid),
	)
})

test('a calendar keeps a year of the past: older due dates are left out', () => {
	const muchLater = Date.parse('2028-12-01T10:00:00Z')
	const calendar = new ICAL.Component(ICAL.parse(dueDatesCalendar(fixture.supplierA, muchLater)))
	expect(
		calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('dtstart'))),
	).toEqual(['2028-04-30', '2028-10-30', '2029-04-30'])
})

test('changes asked of a matrix are an event for the supplier and for the council, each linking to where they act', async () => {
	const bidding = await setUpMatrixTender('FEED-2', now)
	const matrixId = submitBidOf(bidding, bidding.supplierA, ctx)
	const dueAt = fromLondonDateTime('2027-01-25', '23:59')!
	const asked = decideMatrix(
		bidding.admin,
		{
			matrixId,
			decision: 'request_changes',
			reason: 'Add a milestone for each year.',
			version: matrixVersion(matrixId),
			clarificationDueAt: dueAt,
		},
		{ ...ctx, now: bidding.deadlineAt + day },
	)
	expect(asked.ok).toBe(true)
	const supplierName = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, bidding.supplierA.organisationId))
		.get()!.name
	const changesEvent = (user: typeof bidding.admin) =>
		calendarEvents(dueDatesCalendar(user, bidding.deadlineAt + day)).find((event) =>
			String(event.summary).startsWith('Changes due'),
		) ?? null
	const description = `The changes the council asked ${supplierName} to make to its social value matrix for FEED-2 are due by 25 January 2027 at 11:59pm.`
	expect(changesEvent(bidding.colleagueA)).toEqual({
		uid: `matrix-changes-${matrixId}@localhost:3000`,
		start: '2027-01-25',
		allDay: true,
		summary: 'Changes due: FEED-2 Library cleaning',
		url: `http://localhost:3000/matrices/${matrixId}`,
		description: expect.stringMatching(/^Council \w+: /),
	})
	expect(changesEvent(bidding.colleagueA)!.description).toMatch(
		`${description}\nhttp://localhost:3000/matrices/${matrixId}`,
	)
	expect(changesEvent(bidding.admin)).toMatchObject({
		uid: `matrix-changes-${matrixId}@localhost:3000`,
		url: `http://localhost:3000/manage/matrices/${matrixId}`,
		description: `${description}\nhttp://localhost:3000/manage/matrices/${matrixId}`,
	})
	expect(changesEvent(bidding.supplierB)).toBeNull()
})

import { and, eq } from 'drizzle-orm'
import ICAL from 'ical.js'
import { beforeAll, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { auditEvents, calendarFeeds, users } from '#db/schema.ts'
import { setUpAwardedContract } from '#tests/matrix-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import { calendarFeedOwner, hasCalendarFeed, issueCalendarFeed } from './calendar-feeds.server.ts'
import { dueDatesCalendar } from './due-date-calendar.server.ts'

const now = Date.UTC(2027, 0, 10, 9)
const ctx = { ip: '127.0.0.1', now }
let fixture: Awaited<ReturnType<typeof setUpAwardedContract>>

beforeAll(async () => {
	fixture = await setUpAwardedContract('FEED-1', now)
})

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
	const calendar = new ICAL.Component(ICAL.parse(dueDatesCalendar(fixture.supplierA, later)))
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
		uid: vevent.getFirstPropertyValue('uid'),
		start: String(vevent.getFirstPropertyValue('dtstart')),
		allDay: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
		summary: vevent.getFirstPropertyValue('summary'),
		url: vevent.getFirstPropertyValue('url'),
		description: vevent.getFirstPropertyValue('description'),
	}))
	expect(events.map((event) => [event.start, event.allDay, event.summary])).toEqual([
		['2027-01-20', true, 'Tender deadline: FEED-1 Library cleaning'],
		['2027-10-30', true, 'Return due: H1 2027/28, FEED-1/C Library cleaning'],
		['2028-04-30', true, 'Return due: H2 2027/28, FEED-1/C Library cleaning'],
		['2028-10-30', true, 'Return due: H1 2028/29, FEED-1/C Library cleaning'],
		['2029-04-30', true, 'Return due: H2 2028/29, FEED-1/C Library cleaning'],
	])
	expect(events[0]!.url).toBe(`http://localhost:3000/matrices/${fixture.matrixId}`)
	expect(events[0]!.uid).toBe(`tender-${fixture.tenderId}@localhost:3000`)
	expect(events[1]!.description).toMatch(
		/^The H1 2027\/28 return for FEED-1\/C is due on 30 October 2027\.\nhttp:\/\/localhost:3000\/returns\/start\/\d+$/,
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

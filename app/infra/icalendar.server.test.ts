import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import { foldLine, icalendarText } from './icalendar.server.ts'

const now = Date.UTC(2027, 3, 1, 9, 30)

const awkward = {
	uid: 'period-7@golden-thread',
	date: '2027-04-30',
	summary: 'Return due: 2026-27 H2, Parks; grounds \\ care',
	description: 'Tell the council what you delivered.\nhttps://portal.example/returns/3',
	url: 'https://portal.example/returns/3',
}

test('a well-kept parser reads back every event as an all-day event, with its text intact', () => {
	const text = icalendarText({
		productId: '-//Golden Thread//Due dates//EN',
		name: 'Due dates',
		now,
		events: [awkward, { ...awkward, uid: 'tender-2@golden-thread', date: '2027-12-31', summary: 'Tender' }],
	})
	const calendar = new ICAL.Component(ICAL.parse(text))
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
	expect(events.map((event) => event.uid)).toEqual(['period-7@golden-thread', 'tender-2@golden-thread'])
	const [first, second] = events as [ICAL.Event, ICAL.Event]
	expect(first.startDate.isDate).toBe(true)
	expect(first.startDate.toString()).toBe('2027-04-30')
	expect(first.endDate.toString()).toBe('2027-05-01')
	expect(second.endDate.toString()).toBe('2028-01-01')
	expect(first.summary).toBe(awkward.summary)
	expect(first.description).toBe(awkward.description)
	expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('url')).toBe(awkward.url)
	expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe(
		'2027-04-01T09:30:00Z',
	)
})

test('lines end in CRLF and none is longer than 75 octets', () => {
	const text = icalendarText({
		productId: '-//Golden Thread//Due dates//EN',
		name: 'Due dates',
		now,
		events: [{ ...awkward, summary: 'Café naïve façade — '.repeat(10) }],
	})
	expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
	for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
})

test('a long line is folded without splitting a character, and unfolds to what it was', () => {
	const line = `SUMMARY:${'é'.repeat(50)}`
	const folded = foldLine(line)
	expect(folded.split('\r\n ').join('')).toBe(line)
	expect(folded.split('\r\n').map((part) => new TextEncoder().encode(part).length)).toEqual([74, 35])
	expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
})

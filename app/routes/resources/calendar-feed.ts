import { calendarFeedOwner } from '#app/lib/calendar-feeds.server.ts'
import { dueDatesCalendar } from '#app/lib/due-date-calendar.server.ts'
import { calendarResponse } from '#app/infra/icalendar.server.ts'
import type { Route } from './+types/calendar-feed.ts'

/**
 * A person's due dates for their calendar program, which cannot sign in: the secret address
 * is the key. An address that is wrong, reset or whose person can no longer sign in is not
 * found, and says nothing more.
 */
export function loader({ params }: Route.LoaderArgs) {
	const token = /^(.+)\.ics$/.exec(params.feed)?.[1]
	const owner = token ? calendarFeedOwner(token) : null
	if (!owner) throw new Response('Not found', { status: 404 })
	return calendarResponse(dueDatesCalendar(owner, Date.now()))
}

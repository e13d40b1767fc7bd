import { requireUser } from '#app/lib/auth.server.ts'
import { dueDatesCalendar } from '#app/lib/due-date-calendar.server.ts'
import { calendarResponse } from '#app/infra/icalendar.server.ts'
import type { Route } from './+types/due-dates-calendar.ts'

/** The signed-in person's due dates as a calendar file to import. */
export function loader({ request }: Route.LoaderArgs) {
	const user = requireUser(request)
	return calendarResponse(dueDatesCalendar(user, Date.now()), { fileName: 'due-dates' })
}

import { formatCalendarDate } from '#app/domain/dates.ts'
import { csvText } from '#app/infra/csv.server.ts'
import { daysSinceMonday } from '#app/domain/reminders/digest.ts'
import { addDays, daysSinceEpoch } from '#app/domain/calendar-dates.ts'
import type { ReturnLineEntry } from '#app/domain/returns/return-lines.ts'

type Period = { start: string; end: string }

/** What held volunteering up, by the season the period began in. */
const delayBySeason = {
	winter: 'frost and short days',
	spring: 'a wet spring',
	summer: 'the summer heat',
	autumn: 'the autumn storms',
} as const
const seasonOfMonth = [
	'winter',
	'winter',
	'spring',
	'spring',
	'spring',
	'summer',
	'summer',
	'summer',
	'autumn',
	'autumn',
	'autumn',
	'winter',
] as const

/** The day a fraction of the way through a period: 0 is its first day, 1 its last. */
function dayInto(period: Period, fraction: number): string {
	const length = daysSinceEpoch(period.end) - daysSinceEpoch(period.start)
	return addDays(period.start, Math.round(length * fraction))
}

function mondayOnOrAfter(date: string): string {
	return addDays(date, (7 - daysSinceMonday(date)) % 7)
}

/**
 * Brightstart's first progress return for the parks contract, told from the period's own
 * dates, so the story fits whichever months the demo's first period falls in: the apprentice
 * starts a third of the way in and is counted in whole weeks to the period's end, and the
 * volunteering, late because of the season's weather, is logged on two days inside it.
 */
export function firstReturnStory(period: Period): { answers: Record<string, ReturnLineEntry>; evidenceCsv: string } {
	const apprenticeStarted = mondayOnOrAfter(dayInto(period, 1 / 3))
	const apprenticeWeeks = Math.floor((daysSinceEpoch(period.end) - daysSinceEpoch(apprenticeStarted) + 1) / 7)
	const sessions = [dayInto(period, 0.4), dayInto(period, 0.8)] as const
	const month = Number(period.start.slice(5, 7))
	const delay = delayBySeason[seasonOfMonth[month - 1]!]
	return {
		answers: {
			'EMP-1': {
				deliveredHundredths: 2_00,
				deliveredText: '',
				milestoneStatus: 'on_track',
				narrative: 'Two local residents joined the grounds crew through the jobs brokerage.',
				mayPublish: true,
			},
			'EMP-5': {
				deliveredHundredths: apprenticeWeeks * 100,
				deliveredText: '',
				milestoneStatus: 'on_track',
				narrative: `Our first horticulture apprentice started on ${formatCalendarDate(apprenticeStarted)}, with a day a week at college.`,
				mayPublish: false,
			},
			'COM-6': {
				deliveredHundredths: 120_00,
				deliveredText: '',
				milestoneStatus: 'at_risk',
				narrative: `Volunteering started late because of ${delay}: the first session was on ${formatCalendarDate(sessions[0])}. More sessions are booked with the friends-of-the-park groups.`,
				mayPublish: false,
			},
			'ENV-6': {
				deliveredHundredths: 31_50,
				deliveredText: '',
				milestoneStatus: 'on_track',
				narrative: 'Green waste composted on site at three parks.',
				mayPublish: false,
			},
			'ENV-5': {
				deliveredHundredths: null,
				deliveredText: 'Two electric vans in service; charging points fitted at the depot.',
				milestoneStatus: 'on_track',
				narrative: '',
				mayPublish: false,
			},
		},
		evidenceCsv: csvText([
			['Date', 'Park', 'Volunteer hours'],
			[sessions[0], 'Riverside Park', '40'],
			[sessions[1], 'Northfield Rec', '80'],
		]),
	}
}

import { z } from 'zod'
import { formatCalendarDate } from '../dates.ts'
import { datePartsOf, dateSchema } from '../date-parts.ts'

export const ASSESSMENT_TITLE_MAX = 120

/** A new self-assessment: its name, and the day whose levels it describes. */
export const StartAssessmentSchema = z.object({
	title: z
		.string({ error: 'Enter a name for the assessment' })
		.trim()
		.min(1, 'Enter a name for the assessment')
		.max(ASSESSMENT_TITLE_MAX, `Name must be ${ASSESSMENT_TITLE_MAX} characters or fewer`),
	assessedOn: dateSchema({ missing: 'Enter the date of the assessment', label: 'Date of the assessment' }),
})

/** What the form to start one offers: an assessment of `today` (a calendar date), named after it. */
export function newAssessmentDefaults(today: string) {
	return { title: `Self-assessment ${formatCalendarDate(today)}`, assessedOn: datePartsOf(today) }
}

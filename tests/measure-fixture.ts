import type { MeasureContent } from '#app/domain/toms/content.ts'

/** A measure with every field filled, so a comparison can tell each one apart: override what a test is about. */
export function filledMeasure(code: string, changes: Partial<MeasureContent> = {}): MeasureContent {
	return {
		code,
		title: `Measure ${code}`,
		unit: 'hours',
		proxyValuePence: 1693,
		guidance: 'Count the hours.',
		evidenceGuidance: 'Timesheets.',
		priorityCodes: ['CP1'],
		...changes,
	}
}

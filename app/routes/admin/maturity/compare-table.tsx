import { formatCalendarDate } from '#app/domain/dates.ts'
import { areaName, maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import type { AreaLevels, LevelChange } from '#app/domain/maturity/plan.ts'
import type { TableCell } from '#app/components/govuk/table.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'

export type ComparedAssessment = { title: string; assessedOn: string }

const movementTags: Record<LevelChange['movement'], { text: string; classes: string }> = {
	up: { text: 'Up', classes: 'govuk-tag--green' },
	down: { text: 'Down', classes: 'govuk-tag--red' },
	same: { text: 'Same', classes: 'govuk-tag--grey' },
	new: { text: 'Newly rated', classes: 'govuk-tag--blue' },
	dropped: { text: 'Not rated now', classes: 'govuk-tag--grey' },
}

/** "Baseline, 15 January 2026": an assessment as the comparison names it. */
export function assessmentHeading(assessment: ComparedAssessment): string {
	return `${assessment.title}, ${formatCalendarDate(assessment.assessedOn)}`
}

function levels(value: AreaLevels | null): string {
	return value
		? `${maturityLevelLabels[value.present]} (target ${maturityLevelLabels[value.target].toLowerCase()})`
		: 'Not rated'
}

export function compareHead(from: ComparedAssessment, to: ComparedAssessment): TableCell[] {
	return [{ text: 'Area' }, { text: assessmentHeading(from) }, { text: assessmentHeading(to) }, { text: 'Change' }]
}

/** One row per area: its levels then and now, and which way it moved. */
export function compareRows(changes: LevelChange[]): TableCell[][] {
	return changes.map((change) => [
		{ text: areaName(change.area) },
		{ text: levels(change.before) },
		{ text: levels(change.after) },
		{ children: <Tag {...movementTags[change.movement]} /> },
	])
}

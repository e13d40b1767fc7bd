import { periodStateLabels, type PeriodState } from '#app/domain/returns/period-state.ts'
import { Tag } from './govuk/tag.tsx'

const classes: Record<PeriodState, string> = {
	upcoming: 'govuk-tag--grey',
	due: 'govuk-tag--blue',
	overdue: 'govuk-tag--red',
	submitted: 'govuk-tag--light-blue',
	returned: 'govuk-tag--orange',
	approved: 'govuk-tag--green',
}

export function PeriodStateTag({ state }: { state: PeriodState }) {
	return <Tag text={periodStateLabels[state]} classes={classes[state]} />
}

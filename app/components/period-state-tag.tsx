import { periodStateLabels, periodStateTagClasses, type PeriodState } from '#app/domain/returns/period-state.ts'
import { Tag } from './govuk/tag.tsx'

export function PeriodStateTag({ state }: { state: PeriodState }) {
	return <Tag text={periodStateLabels[state]} classes={periodStateTagClasses[state]} />
}

import { useId } from 'react'
import { Form, href } from 'react-router'
import type { RagThresholds } from '#app/domain/returns/progress.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import {
	type PeriodRow,
	type PeriodsAudience,
	type ProgressRow,
	periodRows,
	periodsHead,
	progressHead,
	progressRows,
} from './contract-progress-rows.ts'
import { Button } from './govuk/button.tsx'
import { Table } from './govuk/table.tsx'
import { RagRule } from './rag-rule.tsx'
import { useUnits } from './use-units.ts'

/** Committed against delivered (approved returns only) and expected by today, per commitment, with what the statuses mean. */
export function ContractProgressTable({
	progress,
}: {
	progress: { rows: ProgressRow[]; committedPence: number; deliveredPence: number; ragThresholds: RagThresholds }
}) {
	const ruleId = useId()
	const units = useUnits()
	return (
		<>
			<Table
				caption="Progress"
				captionClasses="govuk-table__caption--m"
				head={progressHead}
				rows={progressRows(progress.rows, units)}
				firstCellIsHeader
				classes="govuk-!-margin-bottom-2"
				attributes={{ 'aria-describedby': ruleId }}
			/>
			<RagRule id={ruleId} thresholds={progress.ragThresholds} />
			<p className="govuk-body">
				Social value delivered so far: {formatPounds(progress.deliveredPence)} of{' '}
				{formatPounds(progress.committedPence)} committed. Only approved returns count.
			</p>
		</>
	)
}

function StartReturnButton({ period }: { period: PeriodRow }) {
	return (
		<Form method="post" action={href('/returns/start/:periodId', { periodId: String(period.id) })}>
			<Button classes="govuk-button--secondary govuk-!-margin-bottom-0">
				Start<span className="govuk-visually-hidden"> the {period.label} return</span>
			</Button>
		</Form>
	)
}

/** The contract's reporting periods and where each return stands, with the next step for this reader. */
export function ReportingPeriodsTable({ periods, audience }: { periods: PeriodRow[]; audience: PeriodsAudience }) {
	return (
		<Table
			caption="Reporting periods"
			captionClasses="govuk-table__caption--m"
			head={periodsHead}
			rows={periodRows(periods, audience, (period) => (
				<StartReturnButton period={period} />
			))}
		/>
	)
}

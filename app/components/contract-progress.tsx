import { useId } from 'react'
import { Form } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import type { PeriodState } from '#app/domain/returns/period-state.ts'
import {
	formatProgress,
	ragLabels,
	ragTagClasses,
	type RagStatus,
	type RagThresholds,
} from '#app/domain/returns/progress.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { Button } from './govuk/button.tsx'
import { Tag } from './govuk/tag.tsx'
import { PeriodStateTag } from './period-state-tag.tsx'
import { RagRule } from './rag-rule.tsx'

type ProgressRow = {
	id: number
	measureCode: string
	measureTitle: string
	qualitative: boolean
	committedHundredths: number | null
	deliveredHundredths: number
	expectedHundredths: number | null
	progressBasisPoints: number | null
	rag: RagStatus
}

/** Committed against delivered (approved returns only) and expected by today, per commitment, with what the statuses mean. */
export function ContractProgressTable({
	progress,
}: {
	progress: { rows: ProgressRow[]; committedPence: number; deliveredPence: number; ragThresholds: RagThresholds }
}) {
	const ruleId = useId()
	return (
		<>
			<table className="govuk-table govuk-!-margin-bottom-2" aria-describedby={ruleId}>
				<caption className="govuk-table__caption govuk-table__caption--m">Progress</caption>
				<thead className="govuk-table__head">
					<tr className="govuk-table__row">
						<th scope="col" className="govuk-table__header">
							Commitment
						</th>
						<th scope="col" className="govuk-table__header govuk-table__header--numeric">
							Committed
						</th>
						<th scope="col" className="govuk-table__header govuk-table__header--numeric">
							Delivered
						</th>
						<th scope="col" className="govuk-table__header govuk-table__header--numeric">
							Expected by now
						</th>
						<th scope="col" className="govuk-table__header">
							Status
						</th>
					</tr>
				</thead>
				<tbody className="govuk-table__body">
					{progress.rows.map((row) => (
						<tr className="govuk-table__row" key={row.id}>
							<th scope="row" className="govuk-table__header">
								{row.measureCode}: {row.measureTitle}
							</th>
							<td className="govuk-table__cell govuk-table__cell--numeric">
								{row.committedHundredths === null ? 'In words' : formatQuantity(row.committedHundredths)}
							</td>
							<td className="govuk-table__cell govuk-table__cell--numeric">
								{row.qualitative ? '' : formatQuantity(row.deliveredHundredths)}
							</td>
							<td className="govuk-table__cell govuk-table__cell--numeric">
								{row.expectedHundredths === null ? '' : formatQuantity(row.expectedHundredths)}
							</td>
							<td className="govuk-table__cell">
								{row.progressBasisPoints === null ? null : `${formatProgress(row.progressBasisPoints)} `}
								<Tag text={ragLabels[row.rag]} classes={ragTagClasses[row.rag]} />
							</td>
						</tr>
					))}
				</tbody>
			</table>
			<RagRule id={ruleId} thresholds={progress.ragThresholds} />
			<p className="govuk-body">
				Social value delivered so far: {formatPounds(progress.deliveredPence)} of{' '}
				{formatPounds(progress.committedPence)} committed. Only approved returns count.
			</p>
		</>
	)
}

type PeriodRow = {
	id: number
	label: string
	startDate: string
	endDate: string
	dueDate: string
	returnId: number | null
	late: boolean | null
	state: PeriodState
}

/** The contract's reporting periods and where each return stands, with the next step for this reader. */
export function ReportingPeriodsTable({
	periods,
	audience,
}: {
	periods: PeriodRow[]
	audience: 'public' | 'supplier' | 'council'
}) {
	const link = (period: PeriodRow) => {
		if (audience === 'supplier') {
			if (period.returnId !== null)
				return (
					<a className="govuk-link" href={`/returns/${period.returnId}`}>
						Open<span className="govuk-visually-hidden"> the {period.label} return</span>
					</a>
				)
			if (period.state === 'upcoming') return null
			return (
				<Form method="post" action={`/returns/start/${period.id}`}>
					<Button classes="govuk-button--secondary govuk-!-margin-bottom-0">
						Start<span className="govuk-visually-hidden"> the {period.label} return</span>
					</Button>
				</Form>
			)
		}
		if (period.returnId !== null && period.state !== 'due' && period.state !== 'overdue') {
			return (
				<a className="govuk-link" href={`/manage/returns/${period.returnId}`}>
					Review<span className="govuk-visually-hidden"> the {period.label} return</span>
				</a>
			)
		}
		return null
	}
	return (
		<table className="govuk-table">
			<caption className="govuk-table__caption govuk-table__caption--m">Reporting periods</caption>
			<thead className="govuk-table__head">
				<tr className="govuk-table__row">
					<th scope="col" className="govuk-table__header">
						Period
					</th>
					<th scope="col" className="govuk-table__header">
						Due
					</th>
					<th scope="col" className="govuk-table__header">
						Status
					</th>
					<th scope="col" className="govuk-table__header">
						<span className="govuk-visually-hidden">Action</span>
					</th>
				</tr>
			</thead>
			<tbody className="govuk-table__body">
				{periods.map((period) => (
					<tr className="govuk-table__row" key={period.id}>
						<td className="govuk-table__cell">
							{period.label}
							<br />
							<span className="govuk-body-s">
								{formatCalendarDate(period.startDate)} to {formatCalendarDate(period.endDate)}
							</span>
						</td>
						<td className="govuk-table__cell">{formatCalendarDate(period.dueDate)}</td>
						<td className="govuk-table__cell">
							<PeriodStateTag state={period.state} />
							{period.late ? ' Late' : ''}
						</td>
						<td className="govuk-table__cell">{link(period)}</td>
					</tr>
				))}
			</tbody>
		</table>
	)
}

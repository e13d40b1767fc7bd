import { href } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import type { PeriodState } from '#app/domain/returns/period-state.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import type { SummaryListRow } from '#app/components/govuk/summary-list.tsx'
import { PeriodStateTag } from '#app/components/period-state-tag.tsx'

/** The return a supplier should file next for a contract: its period, and the return once started. */
export type NextReturn = {
	id: number
	label: string
	startDate: string
	endDate: string
	dueDate: string
	state: PeriodState
	/** "12 days to go", "3 days late" while the return is still to be filed. */
	timing: string | null
	returnId: number | null
}

/** A won contract's reference, the social value committed, and the return to file next, linked once started. */
export function contractSummaryRows(contract: {
	/** The council it is with, where the deployment serves several. */
	council?: string | null
	reference: string
	committedPence: number
	next: NextReturn | null
}): SummaryListRow[] {
	const { next } = contract
	return [
		...(contract.council ? [{ key: { text: 'Council' }, value: { text: contract.council } }] : []),
		{ key: { text: 'Reference' }, value: { text: contract.reference } },
		{ key: { text: 'Social value committed' }, value: { text: formatPounds(contract.committedPence) } },
		{
			key: { text: 'Next return' },
			value: next
				? {
						children: (
							<>
								{next.label} ({formatCalendarDate(next.startDate)} to {formatCalendarDate(next.endDate)}), due{' '}
								{formatCalendarDate(next.dueDate)} <PeriodStateTag state={next.state} />
								{next.timing ? (
									<>
										<br />
										{next.timing}
									</>
								) : null}
								{next.returnId !== null ? (
									<>
										<br />
										<a className="govuk-link" href={href('/returns/:returnId', { returnId: String(next.returnId) })}>
											{next.state === 'returned'
												? `Make the changes to the ${next.label} return`
												: `Continue the ${next.label} return`}
										</a>
									</>
								) : null}
							</>
						),
					}
				: { text: 'None: every return is in' },
		},
	]
}

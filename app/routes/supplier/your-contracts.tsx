import { Form } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { supplierContracts } from '#app/lib/supplier-dashboard.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { ContractProgressTable } from '#app/components/contract-progress.tsx'
import { PeriodStateTag } from '#app/components/period-state-tag.tsx'
import type { Route } from './+types/your-contracts.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	return { contracts: supplierContracts(user.organisationId, Date.now()) }
}

export default function YourContracts({ loaderData }: Route.ComponentProps) {
	const { contracts } = loaderData
	return (
		<>
			<DocumentTitle title="Your contracts" />
			<h1 className="govuk-heading-l">Your contracts</h1>
			<p className="govuk-body">
				Contracts your organisation has won, how each commitment is going, and what is due next. For each reporting
				period, tell the council what you delivered against your social value commitments.
			</p>
			<div id="contracts" tabIndex={-1}>
				{contracts.length === 0 ? (
					<p className="govuk-body">Your organisation has no contracts yet.</p>
				) : (
					contracts.map((contract) => (
						<div className="govuk-summary-card" key={contract.id}>
							<div className="govuk-summary-card__title-wrapper">
								<h2 className="govuk-summary-card__title">
									<a className="govuk-link" href={`/contracts/${contract.id}`}>
										{contract.title}
									</a>
								</h2>
							</div>
							<div className="govuk-summary-card__content">
								<dl className="govuk-summary-list">
									<div className="govuk-summary-list__row">
										<dt className="govuk-summary-list__key">Reference</dt>
										<dd className="govuk-summary-list__value">{contract.reference}</dd>
									</div>
									<div className="govuk-summary-list__row">
										<dt className="govuk-summary-list__key">Social value committed</dt>
										<dd className="govuk-summary-list__value">{formatPounds(contract.committedPence)}</dd>
									</div>
									<div className="govuk-summary-list__row">
										<dt className="govuk-summary-list__key">Next return</dt>
										<dd className="govuk-summary-list__value">
											{contract.next ? (
												<>
													{contract.next.label} ({formatCalendarDate(contract.next.startDate)} to{' '}
													{formatCalendarDate(contract.next.endDate)}), due {formatCalendarDate(contract.next.dueDate)}{' '}
													<PeriodStateTag state={contract.next.state} />
													{contract.next.returnId !== null ? (
														<>
															<br />
															<a className="govuk-link" href={`/returns/${contract.next.returnId}`}>
																{contract.next.state === 'returned'
																	? `Make the changes to the ${contract.next.label} return`
																	: `Continue the ${contract.next.label} return`}
															</a>
														</>
													) : null}
												</>
											) : (
												'None: every return is in'
											)}
										</dd>
									</div>
								</dl>
								{contract.progress ? <ContractProgressTable progress={contract.progress} /> : null}
								{contract.next && contract.next.returnId === null && contract.next.state !== 'upcoming' ? (
									<Form method="post" action={`/returns/start/${contract.next.id}`}>
										<Button text={`Start the ${contract.next.label} return`} />
									</Form>
								) : null}
							</div>
						</div>
					))
				)}
			</div>
		</>
	)
}

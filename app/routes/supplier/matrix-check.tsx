import { Form, data, redirect, useActionData } from 'react-router'
import { ethicalSourcingDeclarations } from '#app/domain/matrix/declarations.ts'
import { supplierCanEdit } from '#app/domain/matrix/matrix-state.ts'
import { submitMatrix } from '#app/lib/matrices.server.ts'
import { requireOwnMatrixWorkspace } from '#app/lib/matrix-route.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answers.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import type { Route } from './+types/matrix-check.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	if (
		!supplierCanEdit(
			workspace.matrix.status,
			Date.now(),
			workspace.tender.deadlineAt,
			workspace.matrix.clarificationDueAt,
		)
	)
		throw redirect(`/matrices/${workspace.matrix.id}`)
	return workspace
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const formData = await readFormData(request)
	const confirmed = formData.getAll('declarations').length === ethicalSourcingDeclarations.length
	const result = submitMatrix(
		user,
		{ matrixId: workspace.matrix.id, version: Number(formData.get('version')), declarationsConfirmed: confirmed },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) {
		const problems = result.problems ?? [result.message]
		return data(
			{ errors: problems.map((text) => ({ text, href: text.startsWith('Confirm') ? '#declarations' : '#answers' })) },
			{ status: result.status ?? 400 },
		)
	}
	return redirect(`/matrices/${workspace.matrix.id}/submitted`)
}

export default function CheckMatrix({ loaderData }: Route.ComponentProps) {
	const { matrix, tender, lines, totals } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData?.errors ?? []
	return (
		<>
			<BackLink href={`/matrices/${matrix.id}`} text="Back to your matrix" />
			<DocumentTitle title="Check your answers before submitting your matrix" hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">
				{tender.reference} · {tender.title}
			</span>
			<h1 className="govuk-heading-l">Check your answers before submitting your matrix</h1>
			<div id="answers" tabIndex={-1}>
				{lines.map((line) => {
					const rows = matrixLineAnswerRows(line)
					return (
						<div className="govuk-summary-card" key={line.measure.id}>
							<div className="govuk-summary-card__title-wrapper">
								<h2 className="govuk-summary-card__title">
									{line.measure.code}: {line.measure.title}
								</h2>
								<ul className="govuk-summary-card__actions">
									<li className="govuk-summary-card__action">
										<a className="govuk-link" href={`/matrices/${matrix.id}/lines/${line.measure.id}`}>
											Change<span className="govuk-visually-hidden"> {line.measure.code}</span>
										</a>
									</li>
								</ul>
							</div>
							<div className="govuk-summary-card__content">
								<dl className="govuk-summary-list">
									{rows.map(([key, value]) => (
										<div className="govuk-summary-list__row" key={key}>
											<dt className="govuk-summary-list__key">{key}</dt>
											<dd className="govuk-summary-list__value app-preserve-lines">{value}</dd>
										</div>
									))}
								</dl>
							</div>
						</div>
					)
				})}
			</div>
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<Form method="post">
				<input type="hidden" name="version" value={matrix.version} />
				<div
					className={`govuk-form-group${errors.some((e) => e.href === '#declarations') ? ' govuk-form-group--error' : ''}`}
				>
					<fieldset className="govuk-fieldset">
						<legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Ethical sourcing declarations</legend>
						<div className="govuk-checkboxes" data-module="govuk-checkboxes">
							{ethicalSourcingDeclarations.map((text, index) => (
								<div className="govuk-checkboxes__item" key={text}>
									<input
										className="govuk-checkboxes__input"
										id={index === 0 ? 'declarations' : `declarations-${index}`}
										name="declarations"
										type="checkbox"
										value={String(index)}
									/>
									<label
										className="govuk-label govuk-checkboxes__label"
										htmlFor={index === 0 ? 'declarations' : `declarations-${index}`}
									>
										{text}
									</label>
								</div>
							))}
						</div>
					</fieldset>
				</div>
				<p className="govuk-body">
					By submitting you confirm that these commitments are accurate and that your organisation will deliver them if
					awarded the contract.
				</p>
				<Button text="Submit matrix" />
			</Form>
		</>
	)
}

import { Form, data, redirect, useActionData } from 'react-router'
import { dateFieldEntries, datePartsOf } from '#app/domain/date-parts.ts'
import { milestoneDateName, parseLineForm } from '#app/domain/matrix/line-form.ts'
import { METHOD_STATEMENT_MAX, lineProblems } from '#app/domain/matrix/matrix-lines.ts'
import { readOnlyReason } from '#app/domain/matrix/read-only-reason.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { describeProxyValue, unitLabel } from '#app/domain/toms/format.ts'
import { emptyEntry, saveLine } from '#app/lib/matrices.server.ts'
import { commentsSentToSupplier, matrixHistory } from '#app/lib/matrix-review.server.ts'
import { requireOwnMatrixWorkspace } from '#app/lib/matrix-route.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateInputProps, plainDateField } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { MatrixLineAnswers } from '#app/components/matrix-line-answers.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answer-rows.ts'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import type { Route } from './+types/matrix-line.ts'

/** Spare empty milestone rows: people add a milestone by filling one, remove one by clearing it. */
const SPARE_ROWS = 2

function loadLine(request: Request, params: { matrixId?: string; measureId?: string }) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const measureId = parseId(params.measureId)
	const line = workspace.lines.find((l) => l.measure.id === measureId)
	if (!line) throw new Response('Not found', { status: 404 })
	return { user, workspace, line, readOnly: readOnlyReason(workspace.matrix, workspace.tender, Date.now()) }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace, line, readOnly } = loadLine(request, params)
	const comments = commentsSentToSupplier(workspace.matrix.id, matrixHistory(workspace.matrix.id)).filter(
		(c) => c.measureId === line.measure.id,
	)
	if (readOnly !== null) {
		return {
			editable: false as const,
			matrixId: workspace.matrix.id,
			measure: line.measure,
			rows: matrixLineAnswerRows(line),
			reason: readOnly,
			comments,
		}
	}
	const entry = line.entry ?? emptyEntry()
	const values: Record<string, string> = {
		declined: entry.declined ? 'yes' : '',
		declineReason: entry.declineReason,
		quantity: entry.quantityHundredths === null ? '' : formatQuantity(entry.quantityHundredths).replace(/,/g, ''),
		commitmentText: entry.commitmentText,
		responsibleName: entry.responsibleName,
		responsibleRole: entry.responsibleRole,
		responsibleEmail: entry.responsibleEmail,
		methodStatement: entry.methodStatement,
	}
	entry.milestones.forEach((m, i) => {
		for (const [name, value] of dateFieldEntries(milestoneDateName(i), datePartsOf(m.date))) values[name] = value
		values[`milestone-${i}-cumulative`] = formatQuantity(m.cumulativeHundredths).replace(/,/g, '')
	})
	return {
		editable: true as const,
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		tender: {
			title: workspace.tender.title,
			contractStart: workspace.tender.contractStart,
			contractEnd: workspace.tender.contractEnd,
		},
		measure: line.measure,
		values,
		rows: entry.milestones.length + SPARE_ROWS,
		stillToDo: line.entry ? lineProblems(entry, line.measure, workspace.term).map((p) => p.message) : [],
		comments,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace, line, readOnly } = loadLine(request, params)
	if (readOnly !== null) throw new Response(readOnly, { status: 400 })
	const formData = await readFormData(request)
	const parsed = parseLineForm(formData, line.measure)
	if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, message: null }, { status: 400 })
	const result = saveLine(
		user,
		{
			matrixId: workspace.matrix.id,
			measureId: line.measure.id,
			version: Number(formData.get('version')),
			entry: parsed.entry,
		},
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data(
			{
				errors: {} as Record<string, string>,
				values: Object.fromEntries([...formData].map(([k, v]) => [k, String(v)])),
				message: result.message,
			},
			{ status: result.status ?? 400 },
		)
	return redirect(`/matrices/${workspace.matrix.id}?notice=line-saved`)
}

/** GOV.UK character count: a plain textarea and hint without JavaScript, a live count with it. */
function MethodStatementField({ value, error }: { value: string; error?: string }) {
	const describedBy = ['methodStatement-info', error ? 'methodStatement-error' : null].filter(Boolean).join(' ')
	return (
		<div
			className={`govuk-form-group govuk-character-count${error ? ' govuk-form-group--error' : ''}`}
			data-module="govuk-character-count"
			data-maxlength={METHOD_STATEMENT_MAX}
		>
			<h2 className="govuk-label-wrapper">
				<label className="govuk-label govuk-label--m" htmlFor="methodStatement">
					Method statement
				</label>
			</h2>
			{error ? (
				<p id="methodStatement-error" className="govuk-error-message">
					<span className="govuk-visually-hidden">Error:</span> {error}
				</p>
			) : null}
			<textarea
				className={`govuk-textarea govuk-js-character-count${error ? ' govuk-textarea--error' : ''}`}
				id="methodStatement"
				name="methodStatement"
				rows={8}
				aria-describedby={describedBy}
				defaultValue={value}
			/>
			<div id="methodStatement-info" className="govuk-hint govuk-character-count__message">
				How you will deliver this. You can enter up to {METHOD_STATEMENT_MAX.toLocaleString('en-GB')} characters
			</div>
		</div>
	)
}

export default function MatrixLine({ loaderData }: Route.ComponentProps) {
	return loaderData.editable ? <MatrixLineForm loaderData={loaderData} /> : <MatrixLineAnswers {...loaderData} />
}

function MatrixLineForm({
	loaderData,
}: {
	loaderData: Extract<Route.ComponentProps['loaderData'], { editable: true }>
}) {
	const { measure, tender, matrixId, version, stillToDo, comments } = loaderData
	const actionData = useActionData<typeof action>()
	const values = actionData?.values ?? loaderData.values
	const errors = actionData?.errors ?? {}
	const rowCount = Math.max(
		loaderData.rows,
		...Object.keys(values)
			.filter((k) => k.startsWith('milestone-'))
			.map((k) => Number(k.split('-')[1]) + 1),
	)
	const error = (name: string) => (errors[name] ? { text: errors[name] } : undefined)
	const summary = [
		...(actionData?.message ? [{ text: actionData.message, href: '#quantity' }] : []),
		// A date's error is on each field it highlights: listed once, linked to the first.
		...Object.entries(errors)
			.filter(([, text], index, all) => all.findIndex(([, other]) => other === text) === index)
			.map(([field, text]) => ({ text, href: `#${field}` })),
	]
	return (
		<>
			<BackLink href={`/matrices/${matrixId}`} text="Back to your matrix" />
			<DocumentTitle title={`${measure.code}: ${measure.title}`} hasErrors={summary.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={summary} />
					<span className="govuk-caption-l">{measure.themeName}</span>
					<h1 className="govuk-heading-l">
						{measure.code}: {measure.title}
					</h1>
					<InsetText>
						<p className="govuk-body">
							Unit: {unitLabel(measure.unit)}. Social value: {describeProxyValue(measure.unit, measure.proxyValuePence)}
							.
						</p>
						{measure.guidance ? <p className="govuk-body app-preserve-lines">{measure.guidance}</p> : null}
					</InsetText>
					<LineComments comments={comments} />
					{stillToDo.length > 0 && summary.length === 0 ? (
						<div className="govuk-warning-text">
							<span className="govuk-warning-text__icon" aria-hidden="true">
								!
							</span>
							<div className="govuk-warning-text__text">
								<span className="govuk-visually-hidden">Warning</span>
								Still to do before you can submit: {stillToDo.join('; ')}.
							</div>
						</div>
					) : null}
					<Form method="post">
						<input type="hidden" name="version" value={version} />
						{measure.qualitative ? (
							<Textarea
								id="commitmentText"
								name="commitmentText"
								label={{ text: 'What you commit to', classes: 'govuk-label--s' }}
								hint={{ text: 'This measure is qualitative: describe your commitment in words' }}
								value={values.commitmentText ?? ''}
								rows={3}
								errorMessage={error('commitmentText')}
							/>
						) : (
							<>
								<Input
									id="quantity"
									name="quantity"
									label={{ text: 'Quantity you commit to over the contract', classes: 'govuk-label--s' }}
									hint={{ text: `Unit: ${unitLabel(measure.unit)}. Up to 2 decimal places` }}
									value={values.quantity ?? ''}
									inputmode="decimal"
									classes="govuk-input--width-10"
									spellcheck={false}
									errorMessage={error('quantity')}
								/>
								<fieldset className="govuk-fieldset" aria-describedby="milestones-hint">
									<legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Milestones</legend>
									<div id="milestones-hint" className="govuk-hint">
										Dates between {formatCalendarDate(tender.contractStart)} and{' '}
										{formatCalendarDate(tender.contractEnd)}, each with the running total you will have delivered by
										then. The last must equal the quantity above. Fill an empty row to add a milestone; clear a row to
										remove it.
									</div>
									{Array.from({ length: rowCount }, (_, i) => (
										<div className="govuk-grid-row" key={i}>
											<div className="govuk-grid-column-one-half">
												<DateInput
													fieldset={{ legend: { text: `Milestone ${i + 1} date` } }}
													{...dateInputProps(plainDateField(milestoneDateName(i), values, errors))}
												/>
											</div>
											<div className="govuk-grid-column-one-half">
												<Input
													id={`milestone-${i}-cumulative`}
													name={`milestone-${i}-cumulative`}
													label={{ text: `Milestone ${i + 1} running total` }}
													value={values[`milestone-${i}-cumulative`] ?? ''}
													inputmode="decimal"
													classes="govuk-input--width-10"
													spellcheck={false}
													errorMessage={error(`milestone-${i}-cumulative`)}
												/>
											</div>
										</div>
									))}
								</fieldset>
							</>
						)}
						<h2 className="govuk-heading-m">Who is responsible</h2>
						<Input
							id="responsibleName"
							name="responsibleName"
							label={{ text: 'Full name' }}
							value={values.responsibleName ?? ''}
							spellcheck={false}
							errorMessage={error('responsibleName')}
						/>
						<Input
							id="responsibleRole"
							name="responsibleRole"
							label={{ text: 'Role' }}
							value={values.responsibleRole ?? ''}
							errorMessage={error('responsibleRole')}
						/>
						<Input
							id="responsibleEmail"
							name="responsibleEmail"
							type="email"
							label={{ text: 'Email address' }}
							value={values.responsibleEmail ?? ''}
							spellcheck={false}
							errorMessage={error('responsibleEmail')}
						/>
						<MethodStatementField value={values.methodStatement ?? ''} error={errors.methodStatement} />
						<div className="govuk-form-group">
							<div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
								<div className="govuk-checkboxes__item">
									<input
										className="govuk-checkboxes__input"
										id="declined"
										name="declined"
										type="checkbox"
										value="yes"
										defaultChecked={values.declined === 'yes'}
									/>
									<label className="govuk-label govuk-checkboxes__label" htmlFor="declined">
										We are not committing to this measure
									</label>
								</div>
							</div>
						</div>
						<Textarea
							id="declineReason"
							name="declineReason"
							label={{ text: 'If not, why not' }}
							value={values.declineReason ?? ''}
							rows={2}
							errorMessage={error('declineReason')}
						/>
						<Button text="Save and return to your matrix" />
					</Form>
				</div>
			</div>
		</>
	)
}

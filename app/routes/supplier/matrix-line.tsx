import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import {
	MAX_MILESTONES,
	declineNeedsReason,
	lineEntry,
	lineFields,
	lineFormValues,
} from '#app/domain/matrix/line-form.ts'
import { METHOD_STATEMENT_MAX, lineProblems } from '#app/domain/matrix/matrix-lines.ts'
import { readOnlyReason } from '#app/domain/matrix/read-only-reason.ts'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { proxyValueIn, quantityHint, type Unit } from '#app/domain/toms/units.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { saveLine } from '#app/lib/matrix-lines.server.ts'
import { emptyEntry } from '#app/lib/matrix-workspace.server.ts'
import { commentsSentToSupplier, matrixHistory } from '#app/lib/matrix-review.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import {
	characterCountFieldProps,
	checkboxesFieldProps,
	dateFieldProps,
	dateSummaryField,
	inputFieldProps,
	textareaFieldProps,
} from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { CharacterCount } from '#app/components/govuk/character-count.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Fieldset } from '#app/components/govuk/fieldset.tsx'
import { Hint } from '#app/components/govuk/hint.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { MatrixLineAnswers } from '#app/components/matrix-line-answers.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answer-rows.ts'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/matrix-line.ts'

/** Spare empty milestone rows: people add a milestone by filling one, remove one by clearing it. */
const SPARE_ROWS = 2

/** The line's form: its answers, and the version of the matrix the page was loaded at. */
function formSchema(measure: { qualitative: boolean; quantityUnit: Unit }) {
	return z
		.object({ ...lineFields(measure), version: z.number().int().min(0) })
		.refine(declineNeedsReason.check, declineNeedsReason.params)
}

/**
 * Errors with no field on the page: the version, and the milestone rows as a whole (more rows
 * than the page shows, a row that is not a row, or any row of a measure that has none). Only
 * an out-of-date or tampered page has them.
 */
function unseenFields(errors: Record<string, unknown> | null | undefined, measure: { qualitative: boolean }) {
	const unseenMilestones = measure.qualitative ? /^milestones/ : /^milestones(\[\d+\])?$/
	return Object.keys(errors ?? {}).filter((name) => name === 'version' || unseenMilestones.test(name))
}

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
	const values = lineFormValues(entry)
	const spareRows = Math.max(0, Math.min(SPARE_ROWS, MAX_MILESTONES - values.milestones.length))
	const blankRow = { date: { day: '', month: '', year: '' }, cumulative: '' }
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
		values: { ...values, milestones: [...values.milestones, ...Array.from({ length: spareRows }, () => blankRow)] },
		stillToDo: line.entry ? lineProblems(entry, line.measure, workspace.term).map((p) => p.message) : [],
		comments,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace, line, readOnly } = loadLine(request, params)
	if (readOnly !== null) throw new Response(readOnly, { status: 400 })
	const submission = parseWithZod(await readFormData(request), { schema: formSchema(line.measure) })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, unseenFields(submission.error, line.measure)) }, { status: 400 })
	const { version, ...fields } = submission.value
	const result = saveLine(
		user,
		{ matrixId: workspace.matrix.id, measureId: line.measure.id, version, entry: lineEntry(fields) },
		{ ip: context.clientIp, now: Date.now() },
	)
	// What was typed stays on the page, so nothing is lost when someone else saved first.
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	return redirect(withNotice(href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) }), 'line-saved'))
}

export default function MatrixLine({ loaderData, actionData }: Route.ComponentProps) {
	return loaderData.editable ? (
		<MatrixLineForm loaderData={loaderData} actionData={actionData} />
	) : (
		<MatrixLineAnswers {...loaderData} />
	)
}

type FormSchema = ReturnType<typeof formSchema>

function MatrixLineForm({
	loaderData,
	actionData,
}: {
	loaderData: Extract<Route.ComponentProps['loaderData'], { editable: true }>
	actionData: Route.ComponentProps['actionData']
}) {
	const { measure, tender, matrixId, version, values, stillToDo, comments } = loaderData
	const schema = formSchema(measure)
	const [form, fields] = useForm<z.input<FormSchema>, z.output<FormSchema>>({
		id: 'matrix-line',
		lastResult: actionData?.result,
		defaultValue: { ...values, version: String(version) },
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
	})
	const milestones = measure.qualitative ? [] : fields.milestones.getFieldList().map((row) => row.getFieldset())
	const answerField = measure.qualitative ? fields.commitmentText : fields.quantity
	const errors = collectErrors(
		[
			answerField,
			...milestones.flatMap((row) => [dateSummaryField(row.date), row.cumulative]),
			fields.responsibleName,
			fields.responsibleRole,
			fields.responsibleEmail,
			fields.methodStatement,
			fields.declined,
			fields.declineReason,
		],
		form.errors,
		answerField.id,
	)
	const { key: commitmentKey, ...commitment } = textareaFieldProps(fields.commitmentText)
	const { key: quantityKey, ...quantity } = inputFieldProps(fields.quantity)
	const { key: nameKey, ...name } = inputFieldProps(fields.responsibleName)
	const { key: roleKey, ...role } = inputFieldProps(fields.responsibleRole)
	const { key: emailKey, ...email } = inputFieldProps(fields.responsibleEmail, 'email')
	const { key: declinedKey, ...declined } = checkboxesFieldProps(fields.declined)
	const { key: reasonKey, ...reason } = textareaFieldProps(fields.declineReason)
	const { key: statementKey, ...statement } = characterCountFieldProps(fields.methodStatement)
	return (
		<>
			<BackLink href={href('/matrices/:matrixId', { matrixId: String(matrixId) })} text="Back to your matrix" />
			<DocumentTitle title={`${measure.code}: ${measure.title}`} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{measure.themeName}</span>
					<h1 className="govuk-heading-l">
						{measure.code}: {measure.title}
					</h1>
					<InsetText>
						<p className="govuk-body">
							Unit: {measure.quantityUnit.name}. Social value:{' '}
							{proxyValueIn(measure.quantityUnit, measure.proxyValuePence)}.
						</p>
						{measure.guidance ? <p className="govuk-body app-preserve-lines">{measure.guidance}</p> : null}
					</InsetText>
					<LineComments comments={comments} />
					{stillToDo.length > 0 && errors.length === 0 ? (
						<WarningText text={`Still to do before you can submit: ${stillToDo.join('; ')}.`} />
					) : null}
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name={fields.version.name} value={version} />
						{measure.qualitative ? (
							<Textarea
								key={commitmentKey}
								{...commitment}
								label={{ text: 'What you commit to', classes: 'govuk-label--s' }}
								hint={{ text: 'This measure is qualitative: describe your commitment in words' }}
								rows={3}
							/>
						) : (
							<>
								<Input
									key={quantityKey}
									{...quantity}
									label={{ text: 'Quantity you commit to over the contract', classes: 'govuk-label--s' }}
									hint={{ text: quantityHint(measure.quantityUnit) }}
									inputmode="decimal"
									classes="govuk-input--width-10"
									spellcheck={false}
								/>
								<Fieldset
									legend={{ text: 'Milestones', classes: 'govuk-fieldset__legend--s' }}
									describedBy="milestones-hint"
								>
									<Hint id="milestones-hint">
										Dates between {formatCalendarDate(tender.contractStart)} and{' '}
										{formatCalendarDate(tender.contractEnd)}, each with the running total you will have delivered by
										then. The last must equal the quantity above. Fill an empty row to add a milestone; clear a row to
										remove it.
									</Hint>
									{milestones.map((row, i) => {
										const { key: dateKey, ...date } = dateFieldProps(row.date)
										const { key: totalKey, ...total } = inputFieldProps(row.cumulative)
										return (
											<div className="govuk-grid-row" key={i}>
												<div className="govuk-grid-column-one-half">
													<DateInput
														key={dateKey}
														{...date}
														fieldset={{ legend: { text: `Milestone ${i + 1} date` } }}
													/>
												</div>
												<div className="govuk-grid-column-one-half">
													<Input
														key={totalKey}
														{...total}
														label={{ text: `Milestone ${i + 1} running total` }}
														inputmode="decimal"
														classes="govuk-input--width-10"
														spellcheck={false}
													/>
												</div>
											</div>
										)
									})}
								</Fieldset>
							</>
						)}
						<h2 className="govuk-heading-m">Who is responsible</h2>
						<Input key={nameKey} {...name} label={{ text: 'Full name' }} spellcheck={false} />
						<Input key={roleKey} {...role} label={{ text: 'Role' }} />
						<Input key={emailKey} {...email} label={{ text: 'Email address' }} spellcheck={false} />
						<h2 className="govuk-heading-m">Method statement</h2>
						{/* The heading above names the field for sighted readers; the label names it for everyone else. */}
						<CharacterCount
							key={statementKey}
							{...statement}
							label={{ text: 'Method statement', classes: 'govuk-visually-hidden' }}
							hint={{ text: 'How you will deliver this' }}
							maxlength={METHOD_STATEMENT_MAX}
							rows={8}
						/>
						<Checkboxes
							key={declinedKey}
							{...declined}
							classes="govuk-checkboxes--small"
							items={[{ value: 'yes', text: 'We are not committing to this measure' }]}
						/>
						<Textarea key={reasonKey} {...reason} label={{ text: 'If not, why not' }} rows={2} />
						<Button text="Save and return to your matrix" />
					</Form>
				</div>
			</div>
		</>
	)
}

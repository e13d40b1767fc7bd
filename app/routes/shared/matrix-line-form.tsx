import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form } from 'react-router'
import { z } from 'zod'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { MAX_MILESTONES, declineNeedsReason, lineFields, lineFormValues } from '#app/domain/matrix/line-form.ts'
import { METHOD_STATEMENT_MAX, lineProblems, type LineEntry } from '#app/domain/matrix/matrix-lines.ts'
import { proxyValueIn, quantityHint, type Unit } from '#app/domain/toms/units.ts'
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
import { LineComments, type LineCommentView } from '#app/components/line-comments.tsx'
import { parseId } from './route-params.ts'

// One line of a Social Value Matrix typed on screen: by the supplier bidding, or by the council
// officer recording a contract agreed without a tender in the portal.

/** Spare empty milestone rows: people add a milestone by filling one, remove one by clearing it. */
const SPARE_ROWS = 2

type LineMeasure = { qualitative: boolean; quantityUnit: Unit }

/** The line of a matrix for the measure a URL names, or a 404 when it is not in scope. */
export function lineOfMeasure<Line extends { measure: { id: number } }>(
	lines: Line[],
	measureIdParam: string | undefined,
) {
	const measureId = parseId(measureIdParam)
	const line = lines.find((l) => l.measure.id === measureId)
	if (!line) throw new Response('Not found', { status: 404 })
	return line
}

/** The line's form: its answers, and the version of the matrix the page was loaded at. */
export function lineFormWithVersion(measure: LineMeasure) {
	return z
		.object({ ...lineFields(measure), version: z.number().int().min(0) })
		.refine(declineNeedsReason.check, declineNeedsReason.params)
}

/**
 * Errors with no field on the page: the version, and the milestone rows as a whole (more rows
 * than the page shows, a row that is not a row, or any row of a measure that has none). Only
 * an out-of-date or tampered page has them.
 */
export function unseenLineFields(
	errors: Record<string, unknown> | null | undefined,
	measure: { qualitative: boolean },
) {
	const unseenMilestones = measure.qualitative ? /^milestones/ : /^milestones(\[\d+\])?$/
	return Object.keys(errors ?? {}).filter((name) => name === 'version' || unseenMilestones.test(name))
}

/** The form's first values for a line (empty when not started), with spare milestone rows, and what it still lacks. */
export function lineFormStart(
	entry: LineEntry | null,
	empty: LineEntry,
	measure: LineMeasure,
	term: { start: string; end: string },
) {
	const values = lineFormValues(entry ?? empty)
	const spareRows = Math.max(0, Math.min(SPARE_ROWS, MAX_MILESTONES - values.milestones.length))
	const blankRow = { date: { day: '', month: '', year: '' }, cumulative: '' }
	return {
		values: { ...values, milestones: [...values.milestones, ...Array.from({ length: spareRows }, () => blankRow)] },
		stillToDo: entry ? lineProblems(entry, measure, term).map((p) => p.message) : [],
	}
}

/** The words that differ between the supplier's own page and the officer's. */
export type LineFormWording = {
	back: { href: string; text: string }
	commitment: string
	commitmentHint: string
	quantity: string
	milestonesHint: string
	statementHint: string
	declined: string
	stillToDo: string
	submit: string
}

type FormSchema = ReturnType<typeof lineFormWithVersion>

export function MatrixLineForm({
	measure,
	term,
	version,
	values,
	stillToDo,
	comments,
	lastResult,
	wording,
}: {
	measure: LineMeasure & {
		code: string
		title: string
		themeName: string
		proxyValuePence: number | null
		guidance: string | null
	}
	term: { contractStart: string; contractEnd: string }
	version: number
	values: ReturnType<typeof lineFormStart>['values']
	stillToDo: string[]
	comments: LineCommentView[]
	lastResult: SubmissionResult<string[]> | undefined
	wording: LineFormWording
}) {
	const schema = lineFormWithVersion(measure)
	const [form, fields] = useForm<z.input<FormSchema>, z.output<FormSchema>>({
		id: 'matrix-line',
		lastResult,
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
			<BackLink href={wording.back.href} text={wording.back.text} />
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
						<WarningText text={`${wording.stillToDo}: ${stillToDo.join('; ')}.`} />
					) : null}
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name={fields.version.name} value={version} />
						{measure.qualitative ? (
							<Textarea
								key={commitmentKey}
								{...commitment}
								label={{ text: wording.commitment, classes: 'govuk-label--s' }}
								hint={{ text: wording.commitmentHint }}
								rows={3}
							/>
						) : (
							<>
								<Input
									key={quantityKey}
									{...quantity}
									label={{ text: wording.quantity, classes: 'govuk-label--s' }}
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
										Dates between {formatCalendarDate(term.contractStart)} and {formatCalendarDate(term.contractEnd)},{' '}
										{wording.milestonesHint}. The last must equal the quantity above. Fill an empty row to add a
										milestone; clear a row to remove it.
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
							hint={{ text: wording.statementHint }}
							maxlength={METHOD_STATEMENT_MAX}
							rows={8}
						/>
						<Checkboxes
							key={declinedKey}
							{...declined}
							classes="govuk-checkboxes--small"
							items={[{ value: 'yes', text: wording.declined }]}
						/>
						<Textarea key={reasonKey} {...reason} label={{ text: 'If not, why not' }} rows={2} />
						<Button text={wording.submit} />
					</Form>
				</div>
			</div>
		</>
	)
}

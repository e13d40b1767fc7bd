import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData } from 'react-router'
import { MeasureFormSchema } from '#app/domain/toms/measure-form.ts'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { unitKeys, units } from '#app/domain/toms/units.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { deleteMeasure, saveMeasure } from '#app/lib/toms-content.server.ts'
import { getEdition, listPriorities, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { invalidFormReply } from '#app/lib/form-reply.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors, firstError } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import type { Route } from './+types/measure.ts'

function loadDraft(editionIdParam: string | undefined) {
	const edition = getEdition(parseId(editionIdParam))
	if (!edition) throw new Response('Not found', { status: 404 })
	// Published editions have no edit pages: their content can never change.
	if (edition.status !== 'draft') throw new Response('Not found', { status: 404 })
	return edition
}

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = loadDraft(params.editionId)
	const tree = loadEditionTree(edition.id)
	const outcomes = tree.themes.flatMap((theme) =>
		theme.outcomes.map((outcome) => ({ id: outcome.id, label: `${theme.name}: ${outcome.name}` })),
	)
	const isNew = params.measureId === 'new'
	const measure = isNew
		? null
		: tree.themes
				.flatMap((t) => t.outcomes.flatMap((o) => o.measures.map((m) => ({ ...m, outcomeId: o.id }))))
				.find((m) => m.id === parseId(params.measureId))
	if (!isNew && !measure) throw new Response('Not found', { status: 404 })
	const requestedOutcome = Number(new URL(request.url).searchParams.get('outcome'))
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		outcomes,
		priorities: listPriorities().map((priority) => ({ code: priority.code, name: priority.name })),
		measure: measure ?? null,
		defaultOutcomeId: measure?.outcomeId ?? (outcomes.some((o) => o.id === requestedOutcome) ? requestedOutcome : null),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = parseId(params.editionId)
	const measureId = params.measureId === 'new' ? null : parseId(params.measureId)
	const formData = await readFormData(request)
	const ctx = { ip: context.clientIp, now: Date.now() }
	if (formData.get('intent') === 'delete' && measureId !== null) {
		const result = deleteMeasure(admin, { editionId, version: Number(formData.get('version')), measureId }, ctx)
		if (!result.ok) return data({ result: null, message: result.message }, { status: 400 })
		return redirect(`/admin/toms/${editionId}?notice=measure-deleted`)
	}
	const submission = parseWithZod(formData, { schema: MeasureFormSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']), message: null }, { status: 400 })
	const result = saveMeasure(admin, { editionId, measureId, ...submission.value }, ctx)
	if (!result.ok) {
		const reply = result.field
			? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
			: submission.reply({ formErrors: [result.message] })
		return data({ result: reply, message: null }, { status: 400 })
	}
	return redirect(`/admin/toms/${editionId}?notice=measure-saved#theme-content`)
}

export default function MeasurePage({ loaderData }: Route.ComponentProps) {
	const { edition, outcomes, priorities, measure, defaultOutcomeId } = loaderData
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'measure',
		lastResult: actionData?.result ?? undefined,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: MeasureFormSchema }),
		defaultValue: {
			outcomeId: defaultOutcomeId ? String(defaultOutcomeId) : '',
			code: measure?.code ?? '',
			title: measure?.title ?? '',
			unit: measure?.unit ?? '',
			proxyValue: measure?.proxyValuePence != null ? penceToDecimal(measure.proxyValuePence) : '',
			guidance: measure?.guidance ?? '',
			evidenceGuidance: measure?.evidenceGuidance ?? '',
			priorityCodes: measure?.priorityCodes ?? [],
		},
	})
	const errors = collectErrors(
		[
			fields.outcomeId,
			fields.code,
			fields.title,
			fields.unit,
			fields.proxyValue,
			fields.guidance,
			fields.evidenceGuidance,
			fields.priorityCodes,
		],
		actionData?.message ? [actionData.message] : form.errors,
		fields.code.id,
	)
	const title = measure ? `Change measure ${measure.code}` : 'Add a measure'
	const selectedPriorities = (fields.priorityCodes.initialValue as string[] | undefined) ?? []
	return (
		<>
			<BackLink href={`/admin/toms/${edition.id}`} text={`Back to ${edition.name}`} />
			<div className="govuk-grid-row">
				<DocumentTitle title={title} hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">{title}</h1>
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={edition.version} />
						<Select
							label={{ text: 'Outcome', classes: 'govuk-label--s' }}
							{...getSelectProps(fields.outcomeId)}
							key={fields.outcomeId.key}
							value={String(fields.outcomeId.initialValue ?? '')}
							errorMessage={firstError(fields.outcomeId)}
							items={[
								{ value: '', text: 'Select an outcome' },
								...outcomes.map((o) => ({ value: String(o.id), text: o.label })),
							]}
						/>
						<Input
							label={{ text: 'Code', classes: 'govuk-label--s' }}
							hint={{ text: 'Unique in this edition, for example EMP-4' }}
							{...getInputProps(fields.code, { type: 'text' })}
							key={fields.code.key}
							value={fields.code.initialValue}
							classes="govuk-input--width-10"
							spellcheck={false}
							errorMessage={firstError(fields.code)}
						/>
						<Input
							label={{ text: 'Title', classes: 'govuk-label--s' }}
							{...getInputProps(fields.title, { type: 'text' })}
							key={fields.title.key}
							value={fields.title.initialValue}
							errorMessage={firstError(fields.title)}
						/>
						<Select
							label={{ text: 'Unit', classes: 'govuk-label--s' }}
							{...getSelectProps(fields.unit)}
							key={fields.unit.key}
							value={fields.unit.initialValue}
							errorMessage={firstError(fields.unit)}
							items={[
								{ value: '', text: 'Select a unit' },
								...unitKeys.map((key) => ({
									value: key,
									text: key === 'text' ? 'Text (qualitative)' : units[key].label,
								})),
							]}
						/>
						<Input
							label={{ text: 'Proxy value per unit (optional)', classes: 'govuk-label--s' }}
							hint={{
								text: 'The £ of social value one unit is worth. Leave empty for a record-only measure; text measures never have one.',
							}}
							{...getInputProps(fields.proxyValue, { type: 'text' })}
							key={fields.proxyValue.key}
							value={fields.proxyValue.initialValue}
							inputmode="decimal"
							prefix={{ text: '£' }}
							classes="govuk-input--width-10"
							spellcheck={false}
							errorMessage={firstError(fields.proxyValue)}
						/>
						<Textarea
							label={{ text: 'Guidance (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'What counts and how to count it' }}
							{...getTextareaProps(fields.guidance)}
							key={fields.guidance.key}
							value={fields.guidance.initialValue}
							errorMessage={firstError(fields.guidance)}
						/>
						<Textarea
							label={{ text: 'Evidence of delivery (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'What a supplier must keep to prove delivery' }}
							{...getTextareaProps(fields.evidenceGuidance)}
							key={fields.evidenceGuidance.key}
							value={fields.evidenceGuidance.initialValue}
							errorMessage={firstError(fields.evidenceGuidance)}
						/>
						{priorities.length > 0 ? (
							<Checkboxes
								name={fields.priorityCodes.name}
								idPrefix={fields.priorityCodes.id}
								key={fields.priorityCodes.key}
								fieldset={{
									legend: { text: 'Council priorities it serves (optional)', classes: 'govuk-fieldset__legend--s' },
								}}
								errorMessage={firstError(fields.priorityCodes)}
								items={priorities.map((priority) => ({
									value: priority.code,
									text: priority.name,
									checked: selectedPriorities.includes(priority.code),
								}))}
							/>
						) : null}
						<Button text="Save measure" />
					</Form>
					{measure ? (
						<Form method="post">
							<input type="hidden" name="version" value={edition.version} />
							<Button text="Delete measure" name="intent" value="delete" classes="govuk-button--warning" />
						</Form>
					) : null}
				</div>
			</div>
		</>
	)
}

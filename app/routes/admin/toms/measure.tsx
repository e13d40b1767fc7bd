import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { DeleteContentSchema } from '#app/domain/toms/content-forms.ts'
import { measureFormSchema, saveMeasureSchema } from '#app/domain/toms/measure-form.ts'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { unitChoices } from '#app/domain/toms/units.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { deleteMeasure, saveMeasure } from '#app/lib/toms-content.server.ts'
import { listPriorities, loadEditionTree, measureUnitKey, requireCouncilEdition } from '#app/lib/toms-queries.server.ts'
import { unitCatalogue } from '#app/lib/units.server.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply, mainFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import {
	checkboxesFieldProps,
	inputFieldProps,
	selectFieldProps,
	textareaFieldProps,
} from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { withNotice } from '#app/components/notices.ts'
import { useUnits } from '#app/components/use-units.ts'
import { draftEditionOr404 } from './draft-edition.server.ts'
import type { Route } from './+types/measure.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
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
		priorities: listPriorities(admin.organisationId).map((priority) => ({ code: priority.code, name: priority.name })),
		measure: measure ?? null,
		defaultOutcomeId: measure?.outcomeId ?? (outcomes.some((o) => o.id === requestedOutcome) ? requestedOutcome : null),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = requireCouncilEdition(admin.organisationId, parseId(params.editionId)).id
	const measureId = params.measureId === 'new' ? null : parseId(params.measureId)
	const keptUnit = measureId === null ? null : measureUnitKey(editionId, measureId)
	const submission = parseWithZod(await readFormData(request), {
		schema: z.discriminatedUnion('intent', [
			saveMeasureSchema(unitCatalogue(admin.organisationId), keptUnit),
			DeleteContentSchema,
		]),
	})
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'version']) }, { status: 400 })
	const { value } = submission
	const ctx = { ip: context.clientIp, now: Date.now() }
	const editionPath = href('/admin/toms/:editionId', { editionId: String(editionId) })
	if (value.intent === 'delete') {
		// A new measure has no delete button: nothing to delete yet.
		if (measureId === null)
			return data({ result: submission.reply({ formErrors: [RELOAD_AND_TRY_AGAIN] }) }, { status: 400 })
		const result = deleteMeasure(admin, { editionId, version: value.version, measureId }, ctx)
		if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
		return redirect(withNotice(editionPath, 'measure-deleted'))
	}
	const result = saveMeasure(admin, { editionId, measureId, ...value }, ctx)
	if (!result.ok) {
		const reply = result.field
			? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
			: submission.reply({ formErrors: [result.message] })
		return data({ result: reply }, { status: 400 })
	}
	return redirect(withNotice(editionPath, 'measure-saved'))
}

export default function MeasurePage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, outcomes, priorities, measure, defaultOutcomeId } = loaderData
	const units = useUnits()
	const [form, fields] = useForm({
		id: 'measure',
		lastResult: mainFormReply(actionData?.result, ['delete']),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: measureFormSchema(units, measure?.unit ?? null) }),
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
		form.errors,
		fields.code.id,
	)
	const { key: outcomeKey, ...outcome } = selectFieldProps(fields.outcomeId)
	const { key: codeKey, ...code } = inputFieldProps(fields.code)
	const { key: titleKey, ...titleField } = inputFieldProps(fields.title)
	const { key: unitKey, ...unit } = selectFieldProps(fields.unit)
	const { key: proxyValueKey, ...proxyValue } = inputFieldProps(fields.proxyValue)
	const { key: guidanceKey, ...guidance } = textareaFieldProps(fields.guidance)
	const { key: evidenceKey, ...evidenceGuidance } = textareaFieldProps(fields.evidenceGuidance)
	const { key: prioritiesKey, ...priorityCodes } = checkboxesFieldProps(fields.priorityCodes)
	const title = measure ? `Change measure ${measure.code}` : 'Add a measure'
	return (
		<>
			<BackLink
				href={href('/admin/toms/:editionId', { editionId: String(edition.id) })}
				text={`Back to ${edition.name}`}
			/>
			<div className="govuk-grid-row">
				<DocumentTitle title={title} hasErrors={errors.length > 0} />
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">{title}</h1>
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={edition.version} />
						<Select
							key={outcomeKey}
							label={{ text: 'Outcome', classes: 'govuk-label--s' }}
							{...outcome}
							items={[
								{ value: '', text: 'Select an outcome' },
								...outcomes.map((o) => ({ value: String(o.id), text: o.label })),
							]}
						/>
						<Input
							key={codeKey}
							label={{ text: 'Code', classes: 'govuk-label--s' }}
							hint={{ text: 'Unique in this edition, for example EMP-4' }}
							{...code}
							classes="govuk-input--width-10"
							spellcheck={false}
						/>
						<Input key={titleKey} label={{ text: 'Title', classes: 'govuk-label--s' }} {...titleField} />
						<Select
							key={unitKey}
							label={{ text: 'Unit', classes: 'govuk-label--s' }}
							{...unit}
							items={[{ value: '', text: 'Select a unit' }, ...unitChoices(units, measure?.unit ?? null)]}
						/>
						<Input
							key={proxyValueKey}
							label={{ text: 'Proxy value per unit (optional)', classes: 'govuk-label--s' }}
							hint={{
								text: 'The £ of social value one unit is worth. Leave empty for a record-only measure; text measures never have one.',
							}}
							{...proxyValue}
							inputmode="decimal"
							prefix={{ text: '£' }}
							classes="govuk-input--width-10"
							spellcheck={false}
						/>
						<Textarea
							key={guidanceKey}
							label={{ text: 'Guidance (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'What counts and how to count it' }}
							{...guidance}
						/>
						<Textarea
							key={evidenceKey}
							label={{ text: 'Evidence of delivery (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'What a supplier must keep to prove delivery' }}
							{...evidenceGuidance}
						/>
						{priorities.length > 0 ? (
							<Checkboxes
								key={prioritiesKey}
								{...priorityCodes}
								fieldset={{
									legend: { text: 'Council priorities it serves (optional)', classes: 'govuk-fieldset__legend--s' },
								}}
								items={priorities.map((priority) => ({ value: priority.code, text: priority.name }))}
							/>
						) : null}
						<Button text="Save measure" name="intent" value="save" />
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

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { unitFormFields } from '#app/domain/toms/unit-form.ts'
import { MAX_DECIMAL_PLACES } from '#app/domain/toms/units.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { addUnit, deleteUnit, setUnitRetired, unitForEditing, updateUnit } from '#app/lib/units.server.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply, mainFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { withNotice } from '#app/components/notices.ts'
import { UnitKindFields } from './unit-kind-fields.tsx'
import { describeUse, kindLabel } from './units-table.tsx'
import type { Route } from './+types/unit.ts'

const SaveSchema = z.object({
	intent: z.literal('save'),
	version: z.coerce.number().int().min(0).optional(),
	...unitFormFields,
})
const ActionSchema = z.discriminatedUnion('intent', [
	SaveSchema,
	z.object({ intent: z.enum(['retire', 'restore', 'delete']) }),
])

const OTHER_INTENTS = ['retire', 'restore', 'delete']

/** The council's unit the address names, or null for a new one; anything else is not found. */
function unitOr404(councilId: number, param: string | undefined) {
	if (param === 'new') return null
	const unit = unitForEditing(councilId, parseId(param))
	if (!unit) throw new Response('Not found', { status: 404 })
	return unit
}

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const unit = unitOr404(admin.organisationId, params.unitId)
	return { unit: unit ? { ...unit, useText: describeUse(unit.use), kindText: kindLabel(unit) } : null }
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const unit = unitOr404(admin.organisationId, params.unitId)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'version']) }, { status: 400 })
	const { value } = submission
	const ctx = { ip: context.clientIp, now: Date.now() }
	const listPath = href('/admin/units')
	if (value.intent !== 'save') {
		if (!unit) return data({ result: submission.reply({ formErrors: [RELOAD_AND_TRY_AGAIN] }) }, { status: 400 })
		const result =
			value.intent === 'delete'
				? deleteUnit(admin, unit.id, ctx)
				: setUnitRetired(admin, unit.id, value.intent === 'retire', ctx)
		if (!result.ok) return data({ result: refusalReply(submission, result) }, { status: 400 })
		const notice =
			value.intent === 'delete' ? 'unit-deleted' : value.intent === 'retire' ? 'unit-retired' : 'unit-restored'
		return redirect(withNotice(listPath, notice))
	}
	const { intent: _intent, version, ...input } = value
	const result = unit ? updateUnit(admin, unit.id, input, ctx, version ?? -1) : addUnit(admin, input, ctx)
	if (!result.ok) return data({ result: refusalReply(submission, result) }, { status: 400 })
	return redirect(withNotice(listPath, 'unit-saved'))
}

export default function UnitPage({ loaderData, actionData }: Route.ComponentProps) {
	const { unit } = loaderData
	const [form, fields] = useForm({
		id: 'unit',
		lastResult: mainFormReply(actionData?.result, OTHER_INTENTS),
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: SaveSchema }),
		defaultValue: {
			name: unit?.name ?? '',
			singular: unit?.singular ?? '',
			plural: unit?.plural ?? '',
			kind: unit?.kind ?? '',
			decimalPlaces: String(unit?.kind === 'decimal' ? unit.decimalPlaces : MAX_DECIMAL_PLACES),
			code: unit?.code ?? '',
		},
	})
	const errors = collectErrors(
		[fields.name, fields.singular, fields.plural, fields.kind, fields.decimalPlaces, fields.code],
		form.errors,
		fields.name.id,
	)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const { key: singularKey, ...singular } = inputFieldProps(fields.singular)
	const { key: pluralKey, ...plural } = inputFieldProps(fields.plural)
	const { key: codeKey, ...code } = inputFieldProps(fields.code)
	const title = unit ? `Change ${unit.name}` : 'Add a unit'
	return (
		<>
			<BackLink href={href('/admin/units')} text="Back to units" />
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">{title}</h1>
					{unit ? <p className="govuk-body">Used by: {unit.useText}.</p> : null}
					<Form method="post" {...getFormProps(form)}>
						<Input
							key={nameKey}
							{...name}
							label={{ text: 'Name', classes: 'govuk-label--s' }}
							hint={{ text: 'As people read it in lists, for example Weeks of apprenticeship' }}
						/>
						<Input
							key={singularKey}
							{...singular}
							label={{ text: 'How one reads', classes: 'govuk-label--s' }}
							hint={{ text: 'After the number 1 and after a proxy value: 1 week, £16.93 per week' }}
							classes="govuk-!-width-one-half"
						/>
						<Input
							key={pluralKey}
							{...plural}
							label={{ text: 'How several read', classes: 'govuk-label--s' }}
							hint={{ text: 'After any other number: 3 weeks' }}
							classes="govuk-!-width-one-half"
						/>
						{unit ? <input type="hidden" name="version" value={unit.version} /> : null}
						{unit?.settled ? (
							<>
								<InsetText>
									Kind: {unit.kindText}. It cannot change: a published edition or a contract uses this unit.
								</InsetText>
								<input type="hidden" name={fields.kind.name} value={unit.kind} />
								<input type="hidden" name={fields.decimalPlaces.name} value={unit.decimalPlaces} />
							</>
						) : (
							<UnitKindFields
								kind={fields.kind}
								decimalPlaces={fields.decimalPlaces}
								legendClasses="govuk-fieldset__legend--s"
							/>
						)}
						<Input
							key={codeKey}
							{...code}
							label={{ text: 'Code (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'A short code your spreadsheets may use for the unit, for example NT10' }}
							classes="govuk-input--width-10"
							spellcheck={false}
						/>
						<Button text={unit ? 'Save unit' : 'Add unit'} name="intent" value="save" />
					</Form>
					{unit ? (
						<Form method="post">
							<h2 className="govuk-heading-m">{unit.retired ? 'Offer it again' : 'Stop offering it'}</h2>
							<p className="govuk-body">
								{unit.retired
									? 'This unit is retired: it is not offered for new measures. Measures that have it keep it.'
									: 'Retire the unit to stop offering it for new measures. Measures that have it keep it.'}
							</p>
							<div className="govuk-button-group">
								<Button
									text={unit.retired ? 'Restore unit' : 'Retire unit'}
									name="intent"
									value={unit.retired ? 'restore' : 'retire'}
									classes="govuk-button--secondary"
								/>
								{unit.deletable ? (
									<Button text="Delete unit" name="intent" value="delete" classes="govuk-button--warning" />
								) : null}
							</div>
						</Form>
					) : null}
				</div>
			</div>
		</>
	)
}

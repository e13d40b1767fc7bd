import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { z } from 'zod'
import { useEffect, useRef } from 'react'
import { Form, data, href } from 'react-router'
import { countOf } from '#app/domain/plural.ts'
import { isPriced } from '#app/domain/toms/priceable.ts'
import { UPLIFT_ROUNDING_RULE, changedLines, formatPercentage } from '#app/domain/toms/uplift.ts'
import { UpliftFormSchema } from '#app/domain/toms/uplift-form.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { STALE_EDITION } from '#app/lib/toms-editions.server.ts'
import { applyUplift, listPriceableMeasures, previewUplift } from '#app/lib/toms-proxy-values.server.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps, inputFieldProps, radiosFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { backToDraft, draftEditionOr404 } from './draft-edition.server.ts'
import { upliftChoiceItems, upliftHead, upliftRows } from './proxy-value-rows.tsx'
import { useUnits } from '#app/components/use-units.ts'
import type { Route } from './+types/uplift.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		priced: listPriceableMeasures(admin.organisationId, edition.id)
			.filter(isPriced)
			.map(({ id, code, title, unit, proxyValuePence }) => ({ id, code, title, unit, proxyValuePence })),
	}
}

/** The page's own fields nobody types: when one of these is wrong the page is out of date. */
function unseenFields(error: Record<string, unknown> | null | undefined) {
	return Object.keys(error ?? {}).filter(
		(name) => ['intent', 'version'].includes(name) || name.startsWith('measureIds['),
	)
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	const submission = parseWithZod(await readFormData(request), { schema: UpliftFormSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, unseenFields(submission.error)) }, { status: 400 })
	const { intent, ...uplift } = submission.value
	const upliftRequest = { editionId: edition.id, ...uplift }
	const refused = (refusal: { message: string; field?: string }) =>
		data({ result: refusalReply(submission, refusal) }, { status: refusal.message === STALE_EDITION ? 409 : 400 })
	if (intent === 'preview') {
		const preview = previewUplift(admin.organisationId, upliftRequest)
		if (!preview.ok) return refused(preview)
		return {
			result: submission.reply(),
			preview: {
				lines: preview.lines,
				changed: changedLines(preview.lines).length,
				percentage: formatPercentage(uplift.basisPoints),
				version: uplift.version,
				scope: uplift.choice.scope,
				measureIds: uplift.choice.scope === 'chosen' ? uplift.choice.measureIds : [],
			},
		}
	}
	const applied = applyUplift(admin, upliftRequest, { ip: context.clientIp, now: Date.now() })
	if (!applied.ok) return refused(applied)
	return backToDraft(edition.id, applied.changed, 'proxy-values-uplifted')
}

export default function UpliftPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, priced } = loaderData
	const units = useUnits()
	const preview = actionData && 'preview' in actionData ? actionData.preview : null
	// Checked by the server alone: checked in the browser too, a second refusal would move focus
	// from the error summary to the first bad field.
	const [form, fields] = useForm<z.input<typeof UpliftFormSchema>>({
		id: 'uplift',
		lastResult: actionData?.result,
	})
	const errors = collectErrors([fields.percentage, fields.scope, fields.measureIds], form.errors, fields.percentage.id)
	const { key: percentageKey, ...percentage } = inputFieldProps(fields.percentage)
	const { key: scopeKey, ...scope } = radiosFieldProps(fields.scope)
	const { key: measureIdsKey, ...measureIds } = checkboxesFieldProps(fields.measureIds)
	const previewHeading = useRef<HTMLHeadingElement>(null)
	// The preview appears below the form: take the person to it, as a new page would.
	useEffect(() => {
		if (preview) previewHeading.current?.focus()
	}, [preview])
	const editionPath = href('/admin/toms/:editionId', { editionId: String(edition.id) })
	return (
		<>
			<BackLink href={editionPath} text={`Back to ${edition.name}`} />
			<DocumentTitle title="Uplift proxy values" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Uplift proxy values</h1>
					<p className="govuk-body">
						Raise (or lower) proxy values by a percentage, such as the council’s inflation figure. Only measures with a
						proxy value change: record-only and text (qualitative) measures never do. You see every new value before
						anything changes.
					</p>
					{priced.length === 0 ? (
						<p className="govuk-body">This draft has no measures with a proxy value, so there is nothing to uplift.</p>
					) : (
						<Form method="post" {...getFormProps(form)}>
							<input type="hidden" name="version" value={edition.version} />
							<Input
								key={percentageKey}
								label={{ text: 'Percentage', classes: 'govuk-label--s' }}
								hint={{
									text: 'For example, 3.5 for a 3.5% rise, or -2 for a 2% cut. Up to 2 decimal places, from -50 to 100.',
								}}
								{...percentage}
								inputmode="decimal"
								suffix={{ text: '%' }}
								classes="govuk-input--width-5"
								spellcheck={false}
							/>
							<Radios
								key={scopeKey}
								{...scope}
								fieldset={{ legend: { text: 'Which measures', classes: 'govuk-fieldset__legend--s' } }}
								items={[
									{ value: 'all', text: `Every measure with a proxy value (${countOf(priced.length, 'measure')})` },
									{ value: 'chosen', text: 'Only the measures ticked below' },
								]}
							/>
							{/* Not revealed by the choice above: GOV.UK's reveal marks a radio aria-expanded, which a radio may not have. */}
							<Checkboxes
								key={measureIdsKey}
								{...measureIds}
								classes="govuk-checkboxes--small"
								fieldset={{ legend: { text: 'Measures to uplift', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'Tick these only when you uplift some measures, not all.' }}
								items={upliftChoiceItems(priced, units)}
							/>
							<Button text="Preview" name="intent" value="preview" classes="govuk-button--secondary" />
						</Form>
					)}
				</div>
			</div>
			{preview ? (
				<section aria-labelledby="uplift-preview">
					<h2 className="govuk-heading-m" id="uplift-preview" tabIndex={-1} ref={previewHeading}>
						Preview: {preview.percentage}% on {countOf(preview.lines.length, 'measure')}
					</h2>
					<InsetText>{UPLIFT_ROUNDING_RULE}</InsetText>
					<Table
						caption={`New proxy values after a ${preview.percentage}% uplift`}
						captionClasses="govuk-visually-hidden"
						head={upliftHead}
						rows={upliftRows(preview.lines)}
					/>
					{preview.changed === 0 ? (
						<p className="govuk-body">
							No value changes: each would move by less than half a penny. Try a larger percentage.
						</p>
					) : (
						<Form method="post">
							<p className="govuk-body">
								Applying it changes {countOf(preview.changed, 'proxy value')} in this draft. Nothing else changes.
							</p>
							<input type="hidden" name="version" value={preview.version} />
							<input type="hidden" name="percentage" value={preview.percentage} />
							<input type="hidden" name="scope" value={preview.scope} />
							{preview.measureIds.map((id) => (
								<input key={id} type="hidden" name="measureIds" value={id} />
							))}
							<Button text="Apply uplift" name="intent" value="apply" />
						</Form>
					)}
				</section>
			) : null}
		</>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { z } from 'zod'
import { Form, data, href } from 'react-router'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { groupByTheme } from '#app/domain/toms/priceable.ts'
import { ProxyValuesFormSchema } from '#app/domain/toms/proxy-values-form.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { STALE_EDITION } from '#app/lib/toms-editions.server.ts'
import { listPriceableMeasures, saveProxyValues } from '#app/lib/toms-proxy-values.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { recordInputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { backToDraft, draftEditionOr404 } from './draft-edition.server.ts'
import { proxyValueLabel, proxyValueRows, proxyValuesHead } from './proxy-value-rows.tsx'
import { useUnits } from '#app/components/use-units.ts'
import type { Route } from './+types/proxy-values.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		themes: groupByTheme(listPriceableMeasures(admin.organisationId, edition.id)),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	const submission = parseWithZod(await readFormData(request), { schema: ProxyValuesFormSchema })
	if (submission.status !== 'success') {
		// An error against a field the table does not show means the page is out of date.
		const shown = new Set(
			listPriceableMeasures(admin.organisationId, edition.id).map((measure) => `proxyValues.${measure.id}`),
		)
		const unseen = Object.keys(submission.error ?? {}).filter((name) => !shown.has(name))
		return data({ result: invalidFormReply(submission, unseen) }, { status: 400 })
	}
	const saved = saveProxyValues(
		admin,
		{ editionId: edition.id, ...submission.value },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!saved.ok)
		return data(
			{ result: submission.reply({ formErrors: [saved.message] }) },
			{ status: saved.message === STALE_EDITION ? 409 : 400 },
		)
	return backToDraft(edition.id, saved.changed, 'proxy-values-saved')
}

export default function ProxyValuesPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, themes } = loaderData
	const units = useUnits()
	const measures = themes.flatMap((theme) => theme.measures)
	// Checked by the server alone: checked in the browser too, a second refusal would move focus
	// from the error summary to the first bad field.
	const [form, fields] = useForm<z.input<typeof ProxyValuesFormSchema>>({
		id: 'proxy-values',
		lastResult: actionData?.result,
		defaultValue: {
			proxyValues: Object.fromEntries(
				measures.map((m) => [m.id, m.proxyValuePence === null ? '' : penceToDecimal(m.proxyValuePence)]),
			),
		},
	})
	const valueField = recordInputFieldProps(fields.proxyValues)
	// Each bad value is listed by its measure's code: the same message may be on many rows.
	const errors = collectErrors(
		measures.map((measure) => {
			const { id, errorMessage } = valueField(String(measure.id))
			return { id, errors: errorMessage ? [`${measure.code}: ${errorMessage.text}`] : undefined }
		}),
		form.errors,
		form.id,
	)
	return (
		<>
			<BackLink
				href={href('/admin/toms/:editionId', { editionId: String(edition.id) })}
				text={`Back to ${edition.name}`}
			/>
			<DocumentTitle title="Change proxy values" hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} descriptionText={errors.length > 0 ? 'Nothing has been saved.' : undefined} />
			<span className="govuk-caption-l">{edition.name} (draft)</span>
			<h1 className="govuk-heading-l">Change proxy values</h1>
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<p className="govuk-body">
						Type each measure’s proxy value in pounds, to the penny. Leave a value empty to make the measure record
						only. Only the values you change are saved. Text (qualitative) measures never have a value, so they are not
						listed.
					</p>
				</div>
			</div>
			{measures.length === 0 ? (
				<p className="govuk-body">This draft has no measures that can have a proxy value.</p>
			) : (
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="version" value={edition.version} />
					{themes.map((theme) => (
						<Table
							key={theme.id}
							caption={theme.name}
							captionClasses="govuk-table__caption--m"
							head={proxyValuesHead}
							rows={proxyValueRows(
								theme.measures,
								(measure) => (
									<Input
										{...valueField(String(measure.id))}
										label={{ text: proxyValueLabel(measure), classes: 'govuk-visually-hidden' }}
										inputmode="decimal"
										prefix={{ text: '£' }}
										classes="govuk-input--width-10"
										formGroup={{ classes: 'govuk-!-margin-bottom-0' }}
										spellcheck={false}
									/>
								),
								units,
							)}
						/>
					))}
					<Button text="Save proxy values" />
				</Form>
			)}
		</>
	)
}

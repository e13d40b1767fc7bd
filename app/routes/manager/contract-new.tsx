import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import type { z } from 'zod'
import { DirectContractSchema, NEW_SUPPLIER } from '#app/domain/contracts/direct-contract-form.ts'
import { supplierTypeLabels } from '#app/domain/suppliers/registration.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { createDirectDraft, supplierOrganisations } from '#app/lib/direct-contracts.server.ts'
import { getSettings } from '#app/lib/settings.server.ts'
import { contractManagers, editionMeasureChoices, publishedEditions } from '#app/lib/tenders.server.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { ContractTermsFields } from '#app/components/contract-terms-fields.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateSummaryField, inputFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Fieldset } from '#app/components/govuk/fieldset.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { EditionPicker, MeasuresField } from '#app/components/measures-field.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/contract-new.ts'

const monthName = (month: number) =>
	new Date(Date.UTC(2027, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const editions = publishedEditions(user.organisationId)
	const requested = Number(new URL(request.url).searchParams.get('edition'))
	const editionId = editions.find((e) => e.id === requested)?.id ?? editions[0]?.id ?? null
	const managers = contractManagers(user.organisationId)
	return {
		editions,
		editionId,
		themes: editionId === null ? [] : editionMeasureChoices(editionId),
		suppliers: supplierOrganisations(),
		// A contract manager records their own contracts; an administrator names whose they are.
		managers: user.role === 'admin' ? managers : managers.filter((m) => m.id === user.id),
		financialYearStarts: monthName(getSettings(user.organisationId).financialYearStartMonth),
		defaults: {
			cadence: 'half_yearly',
			contractManagerId: String(user.id),
			editionId: editionId === null ? '' : String(editionId),
		},
	}
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const submission = parseWithZod(await readFormData(request), { schema: DirectContractSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['editionId']) }, { status: 400 })
	const result = createDirectDraft(user, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) return data({ result: refusalReply(submission, result) }, { status: result.status ?? 400 })
	return redirect(
		withNotice(
			href('/manage/contract-drafts/:matrixId', { matrixId: String(result.matrixId) }),
			'contract-draft-started',
		),
	)
}

export default function NewContract({ loaderData, actionData }: Route.ComponentProps) {
	const { editions, editionId, themes, suppliers, managers, financialYearStarts, defaults } = loaderData
	const [form, fields] = useForm<z.input<typeof DirectContractSchema>, z.output<typeof DirectContractSchema>>({
		id: 'contract-new',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: DirectContractSchema }),
		defaultValue: defaults,
	})
	const errors = collectErrors(
		[
			fields.reference,
			fields.title,
			fields.supplierId,
			fields.supplierName,
			fields.registrationNumber,
			fields.supplierType,
			fields.contactName,
			fields.contactEmail,
			fields.value,
			dateSummaryField(fields.startDate),
			dateSummaryField(fields.endDate),
			fields.cadence,
			fields.contractManagerId,
			fields.measureIds,
		],
		form.errors,
		fields.reference.id,
	)
	const { key: referenceKey, ...reference } = inputFieldProps(fields.reference)
	const { key: titleKey, ...title } = inputFieldProps(fields.title)
	const { key: supplierKey, ...supplier } = selectFieldProps(fields.supplierId)
	const { key: nameKey, ...name } = inputFieldProps(fields.supplierName)
	const { key: numberKey, ...number } = inputFieldProps(fields.registrationNumber)
	const { key: typeKey, ...supplierType } = selectFieldProps(fields.supplierType)
	const { key: contactKey, ...contactName } = inputFieldProps(fields.contactName)
	const { key: emailKey, ...contactEmail } = inputFieldProps(fields.contactEmail, 'email')
	return (
		<>
			<BackLink href={href('/manage')} text="Back" />
			<DocumentTitle title="Record a contract" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Record a contract</h1>
					<p className="govuk-body">
						For a contract agreed without a tender in this portal. Enter its details here; next you enter the supplier’s
						commitments, on screen or from their matrix spreadsheet, then check and confirm them. Nobody outside the
						council sees it until you confirm.
					</p>
					{editions.length > 1 ? (
						<EditionPicker editions={editions} editionId={editionId} label="TOMs edition the commitments use" />
					) : null}
					{editionId === null ? (
						<p className="govuk-body">No TOMs edition has been published yet: a contract’s commitments need one.</p>
					) : (
						<Form method="post" {...getFormProps(form)}>
							<input type="hidden" name="editionId" value={editionId} />
							<Input
								key={referenceKey}
								label={{ text: 'Contract reference', classes: 'govuk-label--s' }}
								hint={{ text: 'Unique, for example EX/2027/014' }}
								classes="govuk-input--width-20"
								spellcheck={false}
								{...reference}
							/>
							<Input key={titleKey} label={{ text: 'Contract title', classes: 'govuk-label--s' }} {...title} />
							<Select
								key={supplierKey}
								{...supplier}
								label={{ text: 'Supplier', classes: 'govuk-label--s' }}
								hint={{ text: 'A supplier already here, or a new one you enter below' }}
								items={[
									{ value: '', text: 'Choose the supplier' },
									{ value: NEW_SUPPLIER, text: 'A new supplier (enter its details below)' },
									...suppliers.map((s) => ({ value: String(s.id), text: s.name })),
								]}
							/>
							<Fieldset legend={{ text: 'A new supplier', classes: 'govuk-fieldset__legend--m' }}>
								<p className="govuk-body">
									Only if the supplier is not in the list. Its contact is invited to claim the organisation when you
									confirm the contract, and gets its reminders until someone does.
								</p>
								<Input key={nameKey} label={{ text: 'Organisation name' }} {...name} />
								<Input
									key={numberKey}
									label={{ text: 'Companies House or charity number (optional)' }}
									classes="govuk-input--width-10"
									spellcheck={false}
									{...number}
								/>
								<Select
									key={typeKey}
									{...supplierType}
									label={{ text: 'Type of organisation' }}
									items={[
										{ value: '', text: 'Choose the type' },
										...Object.entries(supplierTypeLabels).map(([value, label]) => ({ value, text: label.text })),
									]}
								/>
								<Input key={contactKey} label={{ text: 'Contact’s full name' }} spellcheck={false} {...contactName} />
								<Input
									key={emailKey}
									label={{ text: 'Contact’s email address' }}
									spellcheck={false}
									{...contactEmail}
								/>
							</Fieldset>
							<h2 className="govuk-heading-m">The contract’s terms</h2>
							<ContractTermsFields
								fields={{
									value: fields.value,
									startDate: fields.startDate,
									endDate: fields.endDate,
									cadence: fields.cadence,
									contractManagerId: fields.contractManagerId,
								}}
								managers={managers}
							/>
							<p className="govuk-hint">Financial years start in {financialYearStarts} (council setting).</p>
							<MeasuresField
								field={fields.measureIds}
								themes={themes}
								hint="The measures the supplier committed to: you enter each commitment next."
							/>
							<Button text="Save and enter the commitments" />
						</Form>
					)}
				</div>
			</div>
		</>
	)
}

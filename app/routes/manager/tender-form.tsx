import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { TenderFormSchema, biddingLabels, biddingSummary } from '#app/domain/tenders/tender-rules.ts'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { getSettings } from '#app/lib/settings.server.ts'
import {
	canManageTender,
	contractManagers,
	councilTender,
	editionMeasureChoices,
	publishedEditions,
	saveTender,
	tenderMeasureDetails,
} from '#app/lib/tenders.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { CadenceRadios } from '#app/components/cadence-radios.tsx'
import { EditionPicker, MeasuresField } from '#app/components/measures-field.tsx'
import { ContractManagerSelect } from '#app/components/contract-terms-fields.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import {
	dateFieldProps,
	radiosFieldProps,
	dateSummaryField,
	inputFieldProps,
	textareaFieldProps,
} from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/tender-form.ts'

function loadExisting(request: Request, tenderIdParam: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	if (tenderIdParam === undefined) return { user, tender: null }
	const tender = councilTender(user, parseId(tenderIdParam))
	if (!tender || tender.bidding === 'direct') throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, tender)) throw new Response('You cannot change this tender', { status: 403 })
	return { user, tender }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { user, tender } = loadExisting(request, params.tenderId)
	const now = Date.now()
	const state = tender ? tenderState(tender, now) : 'draft'
	if (state === 'closed' || state === 'cancelled') throw new Response('This tender cannot change', { status: 400 })
	const editions = publishedEditions(user.organisationId)
	const requested = Number(new URL(request.url).searchParams.get('edition'))
	const editionId =
		state === 'open' && tender
			? tender.editionId
			: (editions.find((e) => e.id === requested)?.id ?? tender?.editionId ?? editions[0]?.id ?? null)
	const settings = getSettings(user.organisationId)
	const deadline = tender ? toLondonDateTime(tender.deadlineAt) : null
	const chosen = tender ? tenderMeasureDetails(tender.id).map((m) => String(m.id)) : []
	return {
		isAdmin: user.role === 'admin',
		userId: user.id,
		state,
		tenderId: tender?.id ?? null,
		version: tender?.version ?? 0,
		editions,
		editionId,
		managers: contractManagers(user.organisationId),
		maxMeasures: settings.maxMeasuresPerTender,
		themes: editionId === null ? [] : editionMeasureChoices(editionId),
		defaults: {
			reference: tender?.reference ?? '',
			title: tender?.title ?? '',
			description: tender?.description ?? '',
			estimatedValue: tender ? penceToDecimal(tender.estimatedValuePence) : '',
			contractStart: datePartsOf(tender?.contractStart),
			contractEnd: datePartsOf(tender?.contractEnd),
			deadlineDate: datePartsOf(deadline?.date),
			deadlineTime: deadline?.time ?? '12:00',
			weightingPercent: String(tender?.weightingPercent ?? settings.defaultWeightingPercent),
			quantitySharePercent: String(tender?.quantitySharePercent ?? 50),
			targetPercent: tender?.targetPercent == null ? '' : String(tender.targetPercent),
			cadence: tender?.cadence ?? 'half_yearly',
			bidding: tender?.bidding === 'elsewhere' ? 'elsewhere' : 'portal',
			contractManagerId: String(tender?.contractManagerId ?? user.id),
			measureIds: tender && tender.editionId === editionId ? chosen : [],
			editionId: editionId === null ? '' : String(editionId),
			amendmentReason: '',
		},
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, tender } = loadExisting(request, params.tenderId)
	const submission = parseWithZod(await readFormData(request), { schema: TenderFormSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = saveTender(user, tender?.id ?? null, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) {
		const fieldErrors: Record<string, string[]> = {}
		const formErrors: string[] = []
		for (const problem of result.problems) {
			if (problem.field === 'version' || problem.field === 'deadline') formErrors.push(problem.message)
			else (fieldErrors[problem.field] ??= []).push(problem.message)
		}
		return data({ result: submission.reply({ fieldErrors, formErrors }) }, { status: result.status ?? 400 })
	}
	return redirect(withNotice(href('/manage/tenders/:tenderId', { tenderId: String(result.tenderId) }), 'tender-saved'))
}

export default function TenderFormPage({ loaderData, actionData }: Route.ComponentProps) {
	const { defaults, themes, state, tenderId, editions, editionId, managers, isAdmin, maxMeasures } = loaderData
	const [form, fields] = useForm({
		id: 'tender',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: TenderFormSchema }),
		defaultValue: defaults,
	})
	const errors = collectErrors(
		[
			fields.reference,
			fields.title,
			fields.description,
			fields.estimatedValue,
			dateSummaryField(fields.contractStart),
			dateSummaryField(fields.contractEnd),
			dateSummaryField(fields.deadlineDate),
			fields.deadlineTime,
			fields.weightingPercent,
			fields.quantitySharePercent,
			fields.targetPercent,
			fields.cadence,
			fields.bidding,
			fields.editionId,
			fields.contractManagerId,
			fields.measureIds,
			fields.amendmentReason,
		],
		form.errors,
		fields.reference.id,
	)
	const title = tenderId === null ? 'Create a tender' : state === 'open' ? 'Amend an open tender' : 'Change tender'
	const { key: referenceKey, ...reference } = inputFieldProps(fields.reference)
	const { key: titleKey, ...titleField } = inputFieldProps(fields.title)
	const { key: descriptionKey, ...description } = textareaFieldProps(fields.description)
	const { key: valueKey, ...estimatedValue } = inputFieldProps(fields.estimatedValue)
	const { key: startKey, ...contractStart } = dateFieldProps(fields.contractStart)
	const { key: endKey, ...contractEnd } = dateFieldProps(fields.contractEnd)
	const { key: deadlineDateKey, ...deadlineDate } = dateFieldProps(fields.deadlineDate)
	const { key: deadlineTimeKey, ...deadlineTime } = inputFieldProps(fields.deadlineTime, 'time')
	const { key: weightingKey, ...weighting } = inputFieldProps(fields.weightingPercent)
	const { key: quantityShareKey, ...quantityShare } = inputFieldProps(fields.quantitySharePercent)
	const { key: targetKey, ...target } = inputFieldProps(fields.targetPercent)
	const { key: reasonKey, ...amendmentReason } = textareaFieldProps(fields.amendmentReason)
	const { key: biddingKey, ...bidding } = radiosFieldProps(fields.bidding)
	return (
		<>
			<BackLink
				href={
					tenderId === null
						? href('/manage/tenders')
						: href('/manage/tenders/:tenderId', { tenderId: String(tenderId) })
				}
				text="Back"
			/>
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">{title}</h1>
					{state === 'open' ? (
						<p className="govuk-body">
							Suppliers may already be preparing bids. Every change is recorded as an amendment and shown to them with
							your reason.
						</p>
					) : null}
					{state === 'draft' && editions.length > 1 ? (
						<EditionPicker editions={editions} editionId={editionId} label="TOMs edition the tender uses" />
					) : null}
					{editionId === null ? (
						<p className="govuk-body">No TOMs edition has been published yet: a tender needs one.</p>
					) : (
						<Form method="post" {...getFormProps(form)}>
							<input type="hidden" name="version" value={loaderData.version} />
							<input type="hidden" name="editionId" value={editionId} />
							{!isAdmin ? <input type="hidden" name="contractManagerId" value={loaderData.userId} /> : null}
							<Input
								key={referenceKey}
								label={{ text: 'Reference', classes: 'govuk-label--s' }}
								hint={{ text: 'Unique, for example EX/2027/014' }}
								classes="govuk-input--width-20"
								spellcheck={false}
								{...reference}
							/>
							<Input key={titleKey} label={{ text: 'Title', classes: 'govuk-label--s' }} {...titleField} />
							<Textarea
								key={descriptionKey}
								label={{ text: 'Description', classes: 'govuk-label--s' }}
								hint={{ text: 'What the contract is for, as suppliers will read it' }}
								{...description}
							/>
							<Input
								key={valueKey}
								label={{ text: 'Estimated contract value', classes: 'govuk-label--s' }}
								prefix={{ text: '£' }}
								inputmode="decimal"
								classes="govuk-input--width-10"
								spellcheck={false}
								{...estimatedValue}
							/>
							<DateInput
								key={startKey}
								fieldset={{ legend: { text: 'Expected contract start', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'For example, 1 4 2027' }}
								{...contractStart}
							/>
							<DateInput
								key={endKey}
								fieldset={{ legend: { text: 'Expected contract end', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'For example, 31 3 2030' }}
								{...contractEnd}
							/>
							<DateInput
								key={deadlineDateKey}
								fieldset={{ legend: { text: 'Submission deadline date', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'UK time, for example 30 4 2027' }}
								{...deadlineDate}
							/>
							<Input
								key={deadlineTimeKey}
								label={{ text: 'Submission deadline time', classes: 'govuk-label--s' }}
								hint={{ text: 'For example, 12:00 for midday' }}
								classes="govuk-input--width-5"
								{...deadlineTime}
							/>
							<Input
								key={weightingKey}
								label={{ text: 'Social value weighting', classes: 'govuk-label--s' }}
								hint={{ text: 'Share of the total tender score' }}
								suffix={{ text: '%' }}
								inputmode="numeric"
								classes="govuk-input--width-3"
								{...weighting}
							/>
							<Input
								key={quantityShareKey}
								label={{ text: 'Quantity share of the social value score', classes: 'govuk-label--s' }}
								hint={{ text: 'The rest is for the quality of the method statements' }}
								suffix={{ text: '%' }}
								inputmode="numeric"
								classes="govuk-input--width-3"
								{...quantityShare}
							/>
							<Input
								key={targetKey}
								label={{ text: 'Target (optional)', classes: 'govuk-label--s' }}
								hint={{ text: 'Social value as a share of the contract value' }}
								suffix={{ text: '%' }}
								inputmode="numeric"
								classes="govuk-input--width-3"
								{...target}
							/>
							{state === 'open' ? (
								<>
									<input type="hidden" name={fields.bidding.name} value={defaults.bidding} />
									<h2 className="govuk-heading-s">Where bidders send their bids</h2>
									<p className="govuk-body">{biddingSummary(defaults.bidding)}. This cannot change once published.</p>
								</>
							) : (
								<Radios
									key={biddingKey}
									{...bidding}
									fieldset={{
										legend: { text: 'Where will bidders send their bids?', classes: 'govuk-fieldset__legend--s' },
									}}
									items={Object.entries(biddingLabels).map(([value, label]) => ({
										value,
										text: label.text,
										hint: { text: label.hint },
									}))}
								/>
							)}
							<CadenceRadios field={fields.cadence} />
							{isAdmin ? (
								<ContractManagerSelect
									field={fields.contractManagerId}
									managers={managers}
									label="Responsible contract manager"
								/>
							) : null}
							<MeasuresField
								field={fields.measureIds}
								themes={themes}
								hint={`Select up to ${maxMeasures}. Suppliers commit to these in their social value matrix.`}
							/>
							{state === 'open' ? (
								<Textarea
									key={reasonKey}
									label={{ text: 'Reason for the amendment', classes: 'govuk-label--m' }}
									hint={{ text: 'Suppliers see this with the list of changes' }}
									rows={3}
									{...amendmentReason}
								/>
							) : null}
							<Button text={state === 'open' ? 'Publish amendment' : 'Save tender'} />
						</Form>
					)}
				</div>
			</div>
		</>
	)
}

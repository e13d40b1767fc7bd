import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { AwardFormSchema } from '#app/domain/contracts/award-form.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { transition } from '#app/domain/matrix/matrix-state.ts'
import { penceToDecimal, formatPounds } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { contractForTender } from '#app/lib/contracts.server.ts'
import { awardContract } from '#app/lib/contract-award.server.ts'
import { loadMatrixWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { canReviewMatrix } from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { contractManagers } from '#app/lib/tenders.server.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { ContractTermsFields } from '#app/components/contract-terms-fields.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateSummaryField, inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { withNotice } from '#app/components/notices.ts'
import { countOf, pluralWord } from '#app/domain/plural.ts'
import type { Route } from './+types/award-contract.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	const found = canReviewMatrix(user, parseId(param), now)
	if (!found.ok) throw new Response(found.message, { status: found.status ?? 400 })
	return { user, now, ...found }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { matrix, tender, organisationName, now } = load(request, params.matrixId)
	const contract = contractForTender(tender.id)
	if (contract) throw redirect(href('/contracts/:contractId', { contractId: String(contract.id) }))
	if (!transition(matrix.status, 'award', { actor: 'council', now, deadlineAt: tender.deadlineAt }).ok)
		throw redirect(href('/manage/matrices/:matrixId', { matrixId: String(matrix.id) }))
	const workspace = loadMatrixWorkspace(matrix.id)!
	return {
		matrixId: matrix.id,
		organisation: organisationName,
		tender: { id: tender.id, reference: tender.reference },
		committedPence: workspace.totals.totalPence,
		commitmentCount: workspace.lines.filter((line) => line.entry && !line.entry.declined).length,
		managers: contractManagers(tender.councilId),
		defaults: {
			reference: tender.reference,
			title: tender.title,
			value: penceToDecimal(tender.estimatedValuePence),
			startDate: datePartsOf(tender.contractStart),
			endDate: datePartsOf(tender.contractEnd),
			cadence: tender.cadence,
			contractManagerId: String(tender.contractManagerId),
			commerciallySensitive: '',
			version: String(matrix.version),
		},
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, matrix } = load(request, params.matrixId)
	const submission = parseWithZod(await readFormData(request), { schema: AwardFormSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const { version, ...details } = submission.value
	const result = awardContract(
		user,
		{ matrixId: matrix.id, version, details },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) return data({ result: refusalReply(submission, result) }, { status: result.status ?? 400 })
	return redirect(
		withNotice(href('/contracts/:contractId', { contractId: String(result.contractId) }), 'contract-awarded'),
	)
}

export default function AwardContract({ loaderData, actionData }: Route.ComponentProps) {
	const { organisation, tender, defaults, managers, matrixId, committedPence, commitmentCount } = loaderData
	const [form, fields] = useForm({
		id: 'award',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: AwardFormSchema }),
		defaultValue: defaults,
	})
	const errors = collectErrors(
		[
			fields.reference,
			fields.title,
			fields.value,
			dateSummaryField(fields.startDate),
			dateSummaryField(fields.endDate),
			fields.cadence,
			fields.contractManagerId,
		],
		form.errors,
		fields.reference.id,
	)
	const { key: referenceKey, ...reference } = inputFieldProps(fields.reference)
	const { key: titleKey, ...title } = inputFieldProps(fields.title)
	return (
		<>
			<BackLink href={href('/manage/matrices/:matrixId', { matrixId: String(matrixId) })} text="Back to the matrix" />
			<DocumentTitle title={`Award the contract to ${organisation}`} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{tender.reference}</span>
					<h1 className="govuk-heading-l">Award the contract to {organisation}</h1>
					<p className="govuk-body">
						Their matrix’s {countOf(commitmentCount, 'commitment')}, worth {formatPounds(committedPence)} of social
						value,{' '}
						{pluralWord(
							commitmentCount,
							'becomes the contract’s commitment, with its milestones',
							'become the contract’s commitments, with their milestones',
						)}
						. Check the contract’s details: they start as the tender’s.
					</p>
					<WarningText text="Awarding cannot be undone. Every other supplier still in the running is told they were not awarded the contract." />
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={defaults.version} />
						<Input
							key={referenceKey}
							label={{ text: 'Contract reference', classes: 'govuk-label--s' }}
							classes="govuk-input--width-20"
							spellcheck={false}
							{...reference}
						/>
						<Input key={titleKey} label={{ text: 'Contract title', classes: 'govuk-label--s' }} {...title} />
						<ContractTermsFields fields={fields} managers={managers} />
						<Button text="Award contract" />
					</Form>
				</div>
			</div>
		</>
	)
}

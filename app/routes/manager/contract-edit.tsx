import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { ContractChangeSchema } from '#app/domain/contracts/contract-changes.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import { penceToDecimal } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getCouncilContract } from '#app/lib/contracts.server.ts'
import { changeContract } from '#app/lib/contract-changes.server.ts'
import { canReviewContract } from '#app/lib/return-review.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { ContractTermsFields } from '#app/components/contract-terms-fields.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateSummaryField, inputFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { withNotice } from '#app/components/notices.ts'
import { contractManagers } from '#app/lib/tenders.server.ts'
import type { Route } from './+types/contract-edit.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	// Another council's contract is not found: nothing says it exists.
	const contract = getCouncilContract(user.organisationId, parseId(param))
	if (!contract) throw new Response('Not found', { status: 404 })
	if (!canReviewContract(user, contract)) throw new Response('You cannot change this contract', { status: 403 })
	return { user, contract }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { contract } = load(request, params.contractId)
	return {
		contract: { id: contract.id, reference: contract.reference },
		managers: contractManagers(contract.councilId),
		defaults: {
			title: contract.title,
			value: penceToDecimal(contract.valuePence),
			startDate: datePartsOf(contract.startDate),
			endDate: datePartsOf(contract.endDate),
			cadence: contract.cadence,
			contractManagerId: String(contract.contractManagerId),
			commerciallySensitive: contract.commerciallySensitive ? 'yes' : '',
			version: String(contract.version),
			reason: '',
		},
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, contract } = load(request, params.contractId)
	const submission = parseWithZod(await readFormData(request), { schema: ContractChangeSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const { version, reason, ...details } = submission.value
	const result = changeContract(
		user,
		{ contractId: contract.id, version, details, reason },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) return data({ result: refusalReply(submission, result) }, { status: result.status ?? 400 })
	return redirect(withNotice(href('/contracts/:contractId', { contractId: String(contract.id) }), 'contract-changed'))
}

export default function ContractEdit({ loaderData, actionData }: Route.ComponentProps) {
	const { contract, defaults, managers } = loaderData
	const [form, fields] = useForm({
		id: 'contract',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ContractChangeSchema }),
		defaultValue: defaults,
	})
	const errors = collectErrors(
		[
			fields.title,
			fields.value,
			dateSummaryField(fields.startDate),
			dateSummaryField(fields.endDate),
			fields.cadence,
			fields.contractManagerId,
			fields.reason,
		],
		form.errors,
		fields.title.id,
	)
	const { key: titleKey, ...title } = inputFieldProps(fields.title)
	const { key: reasonKey, ...reason } = textareaFieldProps(fields.reason)
	return (
		<>
			<BackLink
				href={href('/contracts/:contractId', { contractId: String(contract.id) })}
				text="Back to the contract"
			/>
			<DocumentTitle title="Change contract details" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{contract.reference}</span>
					<h1 className="govuk-heading-l">Change contract details</h1>
					<p className="govuk-body">
						The commitments stay as awarded. If the dates or reporting change, the reporting periods follow; returns
						already started are kept. The supplier is told by email.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={defaults.version} />
						<Input key={titleKey} label={{ text: 'Contract title', classes: 'govuk-label--s' }} {...title} />
						<ContractTermsFields fields={fields} managers={managers} />
						<Textarea
							key={reasonKey}
							label={{ text: 'Reason for the change', classes: 'govuk-label--s' }}
							hint={{ text: 'The supplier sees this with the list of changes' }}
							rows={3}
							{...reason}
						/>
						<Button text="Save changes" />
					</Form>
				</div>
			</div>
		</>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { AwardFields } from '#app/domain/contracts/award-form.ts'
import { confirmDirectContract, confirmProblems } from '#app/lib/direct-contract-confirm.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { answerRows } from '#app/components/answer-rows.ts'
import { CommerciallySensitiveCheckbox } from '#app/components/contract-terms-fields.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answer-rows.ts'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { withNotice } from '#app/components/notices.ts'
import { draftDetailRows } from './contract-draft-rows.ts'
import { draftOverview, requireDirectDraft } from './contract-draft-route.server.ts'
import type { Route } from './+types/contract-draft-confirm.ts'

const ConfirmSchema = z.object({
	version: AwardFields.shape.version,
	commerciallySensitive: AwardFields.shape.commerciallySensitive,
})

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireDirectDraft(request, params.matrixId)
	return {
		...draftOverview(workspace),
		lines: workspace.lines.map((line) => ({
			id: line.measure.id,
			title: `${line.measure.code}: ${line.measure.title}`,
			answers: matrixLineAnswerRows(line),
		})),
		problems: confirmProblems(workspace),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireDirectDraft(request, params.matrixId)
	const submission = parseWithZod(await readFormData(request), { schema: ConfirmSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = confirmDirectContract(
		user,
		{ matrixId: workspace.matrix.id, ...submission.value },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	return redirect(
		withNotice(href('/contracts/:contractId', { contractId: String(result.contractId) }), 'contract-recorded'),
	)
}

export default function ConfirmContract({ loaderData, actionData }: Route.ComponentProps) {
	const { matrix, title, details, lines, totals, problems } = loaderData
	const [form, fields] = useForm<z.input<typeof ConfirmSchema>>({
		id: `confirm-${matrix.version}`,
		lastResult: actionData?.result,
	})
	const errors = collectErrors([fields.commerciallySensitive], form.errors, 'commitments')
	const matrixId = String(matrix.id)
	const heading = 'Check the contract before confirming it'
	return (
		<>
			<BackLink href={href('/manage/contract-drafts/:matrixId', { matrixId })} text="Back to the contract" />
			<DocumentTitle title={heading} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">
				{details.reference} · {title}
			</span>
			<h1 className="govuk-heading-l">{heading}</h1>
			<SummaryList rows={draftDetailRows(details)} />
			<h2 className="govuk-heading-m">Commitments</h2>
			<div id="commitments" tabIndex={-1}>
				{lines.map((line) => (
					<SummaryList
						key={line.id}
						card={{
							title: { text: line.title },
							actions: {
								items: [
									{
										href: href('/manage/contract-drafts/:matrixId/lines/:measureId', {
											matrixId,
											measureId: String(line.id),
										}),
										text: 'Change',
									},
								],
							},
						}}
						rows={answerRows(line.answers)}
					/>
				))}
			</div>
			<MatrixTotalsTable totals={totals} targetPercent={null} caption="Social value committed" />
			{problems.length > 0 ? (
				<>
					<WarningText text="The contract cannot be confirmed yet." />
					<ul className="govuk-list govuk-list--bullet">
						{problems.map((problem) => (
							<li key={problem}>{problem}</li>
						))}
					</ul>
				</>
			) : (
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="version" value={matrix.version} />
					<CommerciallySensitiveCheckbox field={fields.commerciallySensitive} />
					<p className="govuk-body">
						Confirming fixes these commitments as the contract’s, puts the contract on the register and sets its
						reporting periods from its start. The supplier is told by email:{' '}
						{details.contact
							? `${details.contact.email} is invited to claim the organisation.`
							: 'its members hear they have the contract.'}
					</p>
					<Button text="Confirm contract" />
				</Form>
			)}
		</>
	)
}

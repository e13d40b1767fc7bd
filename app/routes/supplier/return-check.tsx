import { Form, data, redirect, useActionData } from 'react-router'
import { supplierCanEditReturn } from '#app/domain/returns/return-state.ts'
import { requireOwnReturn } from '#app/lib/return-route.server.ts'
import { returnProblems, submitReturn } from '#app/lib/returns.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { ReturnAnswerCard } from '#app/components/return-answers.tsx'
import type { Route } from './+types/return-check.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { loaded } = requireOwnReturn(request, params.returnId)
	const { progressReturn, period, contract, commitments, lines, evidence } = loaded
	return {
		progressReturn: {
			id: progressReturn.id,
			version: progressReturn.version,
			nil: progressReturn.nil,
			nilReason: progressReturn.nilReason,
		},
		editable: supplierCanEditReturn(progressReturn.status),
		period: { label: period.label },
		contract: { reference: contract.reference, title: contract.title },
		stillToDo: returnProblems(loaded),
		answers: commitments.map((commitment) => ({
			commitment,
			entry: lines.get(commitment.id) ?? null,
			evidence: evidence.filter((e) => e.commitmentId === commitment.id),
		})),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, loaded } = requireOwnReturn(request, params.returnId)
	const formData = await readFormData(request)
	const result = submitReturn(
		user,
		{ returnId: loaded.progressReturn.id, version: Number(formData.get('version')) },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data(
			{ errors: (result.problems ?? [result.message]).map((text) => ({ text, href: '#answers' })) },
			{ status: result.status ?? 400 },
		)
	return redirect(`/returns/${loaded.progressReturn.id}?notice=return-submitted`)
}

export default function ReturnCheck({ loaderData }: Route.ComponentProps) {
	const { progressReturn, editable, period, contract, answers, stillToDo } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData?.errors ?? []
	return (
		<>
			<BackLink href={`/returns/${progressReturn.id}`} text="Back to the return" />
			<DocumentTitle title={`Check your progress return: ${period.label}`} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">
				{contract.reference} · {contract.title}
			</span>
			<h1 className="govuk-heading-l">
				{editable ? 'Check your answers before submitting your return' : `Progress return: ${period.label}`}
			</h1>
			<div id="answers" tabIndex={-1}>
				{progressReturn.nil ? (
					<InsetText>Nil return: {progressReturn.nilReason || 'no reason given yet'}</InsetText>
				) : (
					answers.map((answer) => (
						<ReturnAnswerCard
							key={answer.commitment.id}
							answer={answer}
							changeHref={editable ? `/returns/${progressReturn.id}/lines/${answer.commitment.id}` : undefined}
						/>
					))
				)}
			</div>
			{editable ? (
				<>
					{stillToDo.length > 0 ? (
						<div className="govuk-warning-text">
							<span className="govuk-warning-text__icon" aria-hidden="true">
								!
							</span>
							<div className="govuk-warning-text__text">
								<span className="govuk-visually-hidden">Warning</span>
								Still to do before you can submit: {stillToDo.join('; ')}.
							</div>
						</div>
					) : null}
					<Form method="post">
						<input type="hidden" name="version" value={progressReturn.version} />
						<p className="govuk-body">
							By submitting you confirm that these figures are accurate and that you can show evidence for them if
							asked.
						</p>
						<Button text="Submit return" />
					</Form>
				</>
			) : null}
		</>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { supplierCanEditReturn } from '#app/domain/returns/return-state.ts'
import { requireOwnReturn } from '#app/routes/supplier/return-route.server.ts'
import { returnProblems, submitReturn } from '#app/lib/return-submission.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { withNotice } from '#app/components/notices.ts'
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

/** Submitting is the page's one form: the version it was loaded at, nothing typed. */
const SubmitSchema = z.object({ version: z.number().int().min(0) })

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, loaded } = requireOwnReturn(request, params.returnId)
	const submission = parseWithZod(await readFormData(request), { schema: SubmitSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = submitReturn(
		user,
		{ returnId: loaded.progressReturn.id, version: submission.value.version },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data(
			{ result: submission.reply({ formErrors: result.problems ?? [result.message] }) },
			{ status: result.status ?? 400 },
		)
	return redirect(
		withNotice(href('/returns/:returnId', { returnId: String(loaded.progressReturn.id) }), 'return-submitted'),
	)
}

export default function ReturnCheck({ loaderData, actionData }: Route.ComponentProps) {
	const { progressReturn, editable, period, contract, answers, stillToDo } = loaderData
	const [form] = useForm({ id: `submit-return-${progressReturn.version}`, lastResult: actionData?.result })
	// Every problem is about the answers above the button.
	const errors = collectErrors([], form.errors, 'answers')
	const returnId = String(progressReturn.id)
	return (
		<>
			<BackLink href={href('/returns/:returnId', { returnId })} text="Back to the return" />
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
							changeHref={
								editable
									? href('/returns/:returnId/lines/:commitmentId', {
											returnId,
											commitmentId: String(answer.commitment.id),
										})
									: undefined
							}
						/>
					))
				)}
			</div>
			{editable ? (
				<>
					{stillToDo.length > 0 ? (
						<WarningText text={`Still to do before you can submit: ${stillToDo.join('; ')}.`} />
					) : null}
					<Form method="post" {...getFormProps(form)}>
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

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { ethicalSourcingDeclarations } from '#app/domain/matrix/declarations.ts'
import { supplierCanEdit } from '#app/domain/matrix/matrix-state.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { submitMatrix } from '#app/lib/matrix-submission.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { answerRows } from '#app/components/answer-rows.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { matrixLineAnswerRows } from '#app/components/matrix-line-answer-rows.ts'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import type { Route } from './+types/matrix-check.ts'

const DECLARATIONS_NOT_CONFIRMED = 'Confirm the ethical sourcing declarations'

/** Each declaration's box sends its position in the list. */
const declarationValues = ethicalSourcingDeclarations.map((_, index) => String(index))

const SubmitSchema = z.object({
	version: z.number().int().min(0),
	declarations: z.array(z.string({ error: DECLARATIONS_NOT_CONFIRMED })).default([]),
})

/** True when every declaration's box was ticked. */
function allDeclared(ticked: string[]): boolean {
	return declarationValues.every((value) => ticked.includes(value))
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	if (
		!supplierCanEdit(
			workspace.matrix.status,
			Date.now(),
			workspace.tender.deadlineAt,
			workspace.matrix.clarificationDueAt,
		)
	)
		throw redirect(href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) }))
	return workspace
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const submission = parseWithZod(await readFormData(request), { schema: SubmitSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const { version, declarations } = submission.value
	const result = submitMatrix(
		user,
		{ matrixId: workspace.matrix.id, version, declarationsConfirmed: allDeclared(declarations) },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) {
		// The declarations' problem belongs to their boxes; the others to the answers above them.
		const problems = result.problems ?? [result.message]
		const reply = submission.reply({
			formErrors: problems.filter((problem) => problem !== DECLARATIONS_NOT_CONFIRMED),
			fieldErrors: problems.includes(DECLARATIONS_NOT_CONFIRMED) ? { declarations: [DECLARATIONS_NOT_CONFIRMED] } : {},
		})
		return data({ result: reply }, { status: result.status ?? 400 })
	}
	return redirect(href('/matrices/:matrixId/submitted', { matrixId: String(workspace.matrix.id) }))
}

export default function CheckMatrix({ loaderData, actionData }: Route.ComponentProps) {
	const { matrix, tender, lines, totals } = loaderData
	const [form, fields] = useForm<z.input<typeof SubmitSchema>>({
		id: `submit-matrix-${matrix.version}`,
		lastResult: actionData?.result,
	})
	const errors = collectErrors([fields.declarations], form.errors, 'answers')
	const matrixId = String(matrix.id)
	const { key: declarationsKey, ...declarations } = checkboxesFieldProps(fields.declarations)
	return (
		<>
			<BackLink href={href('/matrices/:matrixId', { matrixId })} text="Back to your matrix" />
			<DocumentTitle title="Check your answers before submitting your matrix" hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">
				{tender.reference} · {tender.title}
			</span>
			<h1 className="govuk-heading-l">Check your answers before submitting your matrix</h1>
			<div id="answers" tabIndex={-1}>
				{lines.map((line) => (
					<SummaryList
						key={line.measure.id}
						card={{
							title: { text: `${line.measure.code}: ${line.measure.title}` },
							actions: {
								items: [
									{
										href: href('/matrices/:matrixId/lines/:measureId', {
											matrixId,
											measureId: String(line.measure.id),
										}),
										text: 'Change',
									},
								],
							},
						}}
						rows={answerRows(matrixLineAnswerRows(line))}
					/>
				))}
			</div>
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<Form method="post" {...getFormProps(form)}>
				<input type="hidden" name="version" value={matrix.version} />
				<Checkboxes
					key={declarationsKey}
					{...declarations}
					fieldset={{ legend: { text: 'Ethical sourcing declarations', classes: 'govuk-fieldset__legend--m' } }}
					items={ethicalSourcingDeclarations.map((text, index) => ({ value: declarationValues[index], text }))}
				/>
				<p className="govuk-body">
					By submitting you confirm that these commitments are accurate and that your organisation will deliver them if
					awarded the contract.
				</p>
				<Button text="Submit matrix" />
			</Form>
		</>
	)
}

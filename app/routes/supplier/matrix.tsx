import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import {
	matrixStatusLabels,
	matrixStatusTagClasses,
	supplierCanEdit,
	transition,
} from '#app/domain/matrix/matrix-state.ts'
import { formatDateTime } from '#app/domain/dates.ts'
import { timeLeft } from '#app/domain/tenders/tender-state.ts'
import { countOf } from '#app/domain/plural.ts'
import { withdrawMatrix } from '#app/lib/matrix-submission.server.ts'
import { contractForTender } from '#app/lib/contracts.server.ts'
import { councilById } from '#app/lib/councils.server.ts'
import { commentsSentToSupplier, matrixHistory } from '#app/lib/matrix-review.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { TaskList } from '#app/components/govuk/task-list.tsx'
import { MatrixHistory } from '#app/components/matrix-history.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { ScoringRule } from '#app/components/scoring-rule.tsx'
import { EnteredBy } from '#app/components/entered-by.tsx'
import { matrixEntry } from '#app/lib/entered-matrices.server.ts'
import { matrixTaskItems, matrixTaskLines } from './task-list-items.ts'
import type { Route } from './+types/matrix.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const now = Date.now()
	const { matrix, tender } = workspace
	const history = matrixHistory(matrix.id)
	return {
		// Only what the task list shows: a matrix's full answers are long, and are on each line's page.
		matrix: { id: matrix.id, status: matrix.status, version: matrix.version },
		tender: {
			id: tender.id,
			// Suppliers bid for every council of the deployment, whose references may be alike.
			councilName: councilById(tender.councilId)?.name ?? '',
			reference: tender.reference,
			title: tender.title,
			deadlineAt: tender.deadlineAt,
			targetPercent: tender.targetPercent,
			weightingPercent: tender.weightingPercent,
			quantitySharePercent: tender.quantitySharePercent,
		},
		lines: matrixTaskLines(workspace.lines),
		totals: workspace.totals,
		history,
		entry: matrixEntry(matrix.id),
		latestReason:
			matrix.status === 'changes_requested' || matrix.status === 'rejected' ? (history.at(-1)?.reason ?? null) : null,
		editable: supplierCanEdit(matrix.status, now, tender.deadlineAt, matrix.clarificationDueAt),
		canWithdraw:
			tender.bidding !== 'elsewhere' &&
			transition(matrix.status, 'withdraw', { actor: 'supplier', now, deadlineAt: tender.deadlineAt }).ok,
		changesDueAt: matrix.status === 'changes_requested' ? matrix.clarificationDueAt : null,
		deadlineTimeLeft: now < tender.deadlineAt ? timeLeft(tender.deadlineAt, now) : null,
		comments: commentsSentToSupplier(matrix.id, history),
		contractId: matrix.status === 'awarded' ? (contractForTender(tender.id)?.id ?? null) : null,
	}
}

/** Withdrawing is the page's one form: the version it was loaded at, nothing typed. */
const WithdrawSchema = z.object({ version: z.number().int().min(0) })

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const submission = parseWithZod(await readFormData(request), { schema: WithdrawSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = withdrawMatrix(
		user,
		{ matrixId: workspace.matrix.id, version: submission.value.version },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok)
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	const matrixPage = href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) })
	return redirect(withNotice(matrixPage, 'matrix-withdrawn'))
}

export default function MatrixTaskList({ loaderData, actionData }: Route.ComponentProps) {
	const {
		matrix,
		tender,
		lines,
		totals,
		editable,
		canWithdraw,
		history,
		latestReason,
		changesDueAt,
		deadlineTimeLeft,
		comments,
		contractId,
		entry,
	} = loaderData
	const [form] = useForm({ id: `withdraw-${matrix.version}`, lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'matrix-actions')
	const matrixId = String(matrix.id)
	const completed = lines.filter((line) => line.status === 'completed').length
	return (
		<>
			<BackLink href={href('/opportunities/:tenderId', { tenderId: String(tender.id) })} text="Back to the tender" />
			<DocumentTitle title={`Social value matrix: ${tender.title}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				{tender.councilName} · {tender.reference} · {tender.title}
			</span>
			<h1 className="govuk-heading-l">Your social value matrix</h1>
			<p className="govuk-body">
				<Tag text={matrixStatusLabels[matrix.status]} classes={matrixStatusTagClasses[matrix.status]} /> Deadline:{' '}
				{formatDateTime(tender.deadlineAt)}
				{deadlineTimeLeft ? ` (${deadlineTimeLeft})` : null}
			</p>
			{entry ? <EnteredBy entry={entry} /> : null}
			{latestReason ? (
				<InsetText>
					{matrix.status === 'changes_requested' ? 'The council asked for changes: ' : 'The council’s reason: '}
					<span className="app-preserve-lines">{latestReason}</span>
					{changesDueAt !== null ? (
						<p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
							{editable
								? `Make your changes and resubmit by ${formatDateTime(changesDueAt)}.`
								: `The time for changes ended on ${formatDateTime(changesDueAt)}. The council will decide on the matrix as you last submitted it.`}
						</p>
					) : null}
				</InsetText>
			) : null}
			{contractId !== null ? (
				<InsetText>
					Your organisation won this contract.{' '}
					<a className="govuk-link" href={href('/contracts/:contractId', { contractId: String(contractId) })}>
						See the contract and its commitments
					</a>
					.
				</InsetText>
			) : null}
			{comments.length > 0 ? (
				<>
					<h2 className="govuk-heading-m">The council’s comments</h2>
					{lines
						.filter((line) => comments.some((c) => c.measureId === line.measure.id))
						.map((line) => (
							<div key={line.measure.id}>
								<h3 className="govuk-heading-s">
									{line.measure.code}: {line.measure.title}
								</h3>
								<ul className="govuk-list">
									{comments
										.filter((c) => c.measureId === line.measure.id)
										.map((c) => (
											<li key={c.id} className="app-preserve-lines">
												{c.body}
											</li>
										))}
								</ul>
							</div>
						))}
				</>
			) : null}
			<p className="govuk-body">
				You have completed {completed} of {countOf(lines.length, 'measure')}. Any colleague in your organisation can
				work on this matrix; save as often as you like.
			</p>
			<p className="govuk-body">
				{editable ? 'You can also ' : null}
				<a className="govuk-link" href={href('/matrices/:matrixId/spreadsheet', { matrixId })} download>
					{editable ? 'download your matrix as a spreadsheet' : 'Download your matrix as a spreadsheet'}
				</a>
				{editable ? (
					<>
						, fill it in and{' '}
						<a className="govuk-link" href={href('/matrices/:matrixId/upload', { matrixId })}>
							upload the spreadsheet
						</a>
					</>
				) : null}
				.
			</p>
			<TaskList idPrefix="line" items={matrixTaskItems(matrix.id, lines)} />
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<div id="matrix-actions" tabIndex={-1}>
				{editable ? (
					<Button href={href('/matrices/:matrixId/check', { matrixId })} text="Check your answers and submit" />
				) : null}
				{canWithdraw ? (
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={matrix.version} />
						<p className="govuk-body">
							You can withdraw your matrix to change it until the deadline. Remember to submit it again.
						</p>
						<Button text="Withdraw to change it" classes="govuk-button--secondary" />
					</Form>
				) : null}
			</div>
			<ScoringRule terms={tender} />
			<MatrixHistory events={history} />
		</>
	)
}

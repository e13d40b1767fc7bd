import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { returnLineStanding } from '#app/domain/returns/progress.ts'
import { returnStatusLabels, returnStatusTagClasses, transition } from '#app/domain/returns/return-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { deliveredByCommitment, councilRagThresholds } from '#app/lib/contract-progress.server.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { addReturnComment, canReviewReturn, decideReturn } from '#app/lib/return-review.server.ts'
import { loadReturn } from '#app/lib/return-contents.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { HistoryTable } from '#app/components/matrix-history.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { RagRule } from '#app/components/rag-rule.tsx'
import { ReturnAnswerCard } from '#app/components/return-answers.tsx'
import {
	type FormReply,
	ReviewCommentForm,
	commentReplyErrors,
	reviewFormOf,
} from '#app/components/review-comment-form.tsx'
import { returnProgressRows } from './return-review-rows.ts'
import { useUnits } from '#app/components/use-units.ts'
import { unitFor } from '#app/domain/toms/units.ts'
import type { Route } from './+types/return-review.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const found = canReviewReturn(user, parseId(param))
	if (!found.ok) throw new Response(found.message, { status: found.status })
	return { user, ...found }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { progressReturn, contract, organisationName } = load(request, params.returnId)
	const loaded = loadReturn(progressReturn.id)!
	const thresholds = councilRagThresholds(contract.councilId)
	const approvedBefore = deliveredByCommitment(contract.id, progressReturn.id)
	const when = { actor: 'council' as const, now: Date.now(), periodEndedAt: 0 }
	return {
		progressReturn: {
			id: progressReturn.id,
			status: progressReturn.status,
			version: progressReturn.version,
			nil: progressReturn.nil,
			nilReason: progressReturn.nilReason,
			late: progressReturn.late,
			imported: progressReturn.imported,
			submittedAt: progressReturn.submittedAt,
		},
		period: loaded.period,
		contract: { id: contract.id, reference: contract.reference, title: contract.title },
		organisation: organisationName,
		canApprove: transition(progressReturn.status, 'approve', when).ok,
		canReopen: transition(progressReturn.status, 'reopen', when).ok && !progressReturn.imported,
		lines: loaded.commitments.map((commitment) => {
			const entry = loaded.lines.get(commitment.id) ?? null
			const before = approvedBefore.get(commitment.id) ?? 0
			const thisReturn = progressReturn.nil ? 0 : (entry?.deliveredHundredths ?? 0)
			return {
				answer: { commitment, entry, evidence: loaded.evidence.filter((e) => e.commitmentId === commitment.id) },
				progress: commitment.qualitative
					? null
					: returnLineStanding(
							{
								committedHundredths: commitment.quantityHundredths,
								milestones: commitment.milestones,
								contractStart: contract.startDate,
								periodEnd: loaded.period.endDate,
								approvedBeforeHundredths: before,
								thisReturnHundredths: thisReturn,
							},
							thresholds,
						),
				comments: loaded.comments.filter((c) => c.commitmentId === commitment.id),
			}
		}),
		history: loaded.history.map((event) => ({
			id: event.id,
			at: event.at,
			what: event.from === null ? 'Started' : returnStatusLabels[event.to],
			by: event.by,
			why: event.reason ?? '',
		})),
		ragThresholds: thresholds,
	}
}

const version = z.coerce.number().int().min(0)

const CommentSchema = z.object({
	intent: z.literal('comment'),
	commitmentId: z.coerce.number().int().min(1),
	comment: z.string().default(''),
})
const ApproveSchema = z.object({ intent: z.literal('approve'), version })
const ReturnSchema = z.object({ intent: z.literal('return'), version, returnReason: z.string().default('') })
const ReopenSchema = z.object({ intent: z.literal('reopen'), version, reopenReason: z.string().default('') })

/** The page's forms, told apart by the button pressed. */
const ActionSchema = z.discriminatedUnion('intent', [CommentSchema, ApproveSchema, ReturnSchema, ReopenSchema])

const decisionForms = ['approve', 'return', 'reopen']

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, progressReturn } = load(request, params.returnId)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	const form = reviewFormOf(submission.payload, {
		itemField: 'commitmentId',
		decisions: decisionForms,
		fallback: 'approve',
	})
	if (submission.status !== 'success')
		return data({ form, result: invalidFormReply(submission, ['intent', 'version', 'commitmentId']) }, { status: 400 })
	const value = submission.value
	const page = href('/manage/returns/:returnId', { returnId: String(progressReturn.id) })
	if (value.intent === 'comment') {
		const { commitmentId } = value
		const result = addReturnComment(user, { returnId: progressReturn.id, commitmentId, body: value.comment }, ctx)
		if (!result.ok) return data({ form, result: refusalReply(submission, result) }, { status: result.status ?? 400 })
		return redirect(withNotice(page, 'comment-added', { hash: `commitment-${commitmentId}` }))
	}
	const reasonField = value.intent === 'return' ? 'returnReason' : 'reopenReason'
	const reason = value.intent === 'return' ? value.returnReason : value.intent === 'reopen' ? value.reopenReason : ''
	const result = decideReturn(
		user,
		{ returnId: progressReturn.id, decision: value.intent, reason, version: value.version },
		ctx,
	)
	if (!result.ok) {
		const refusal = { message: result.message, field: result.field === 'reason' ? reasonField : undefined }
		return data({ form, result: refusalReply(submission, refusal) }, { status: result.status ?? 400 })
	}
	return redirect(withNotice(page, 'decision-saved'))
}

export default function ReturnReview({ loaderData, actionData }: Route.ComponentProps) {
	const { progressReturn, period, contract, organisation, canApprove, canReopen, lines, history, ragThresholds } =
		loaderData
	const units = useUnits()
	const reply: FormReply | undefined = actionData
	const lastResult = (form: string) => (reply?.form === form ? reply.result : undefined)
	// Every decision makes a new version of the return, and every comment a longer list: a new
	// id starts a form afresh, without the errors it last showed.
	const [approveForm] = useForm<z.input<typeof ApproveSchema>>({
		id: `approve-${progressReturn.version}`,
		lastResult: lastResult('approve'),
	})
	const [returnForm, returnFields] = useForm<z.input<typeof ReturnSchema>>({
		id: `return-${progressReturn.version}`,
		lastResult: lastResult('return'),
	})
	const [reopenForm, reopenFields] = useForm<z.input<typeof ReopenSchema>>({
		id: `reopen-${progressReturn.version}`,
		lastResult: lastResult('reopen'),
	})
	const commentsOn = (commitmentId: number) =>
		lines.find((line) => line.answer.commitment.id === commitmentId)?.comments ?? []
	const commentFormId = (commitmentId: number) => `comment-${commitmentId}-${commentsOn(commitmentId).length}`
	const errors = [
		...commentReplyErrors(reply, commentFormId),
		...collectErrors([], approveForm.errors, 'decision'),
		...collectErrors([returnFields.returnReason], returnForm.errors, 'decision'),
		...collectErrors([reopenFields.reopenReason], reopenForm.errors, 'decision'),
	]
	const { key: returnReasonKey, ...returnReason } = textareaFieldProps(returnFields.returnReason)
	const { key: reopenReasonKey, ...reopenReason } = textareaFieldProps(reopenFields.reopenReason)
	return (
		<>
			<BackLink href={href('/manage/returns')} text="Back to returns to review" />
			<DocumentTitle title={`${organisation}: progress return ${period.label}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				<a className="govuk-link" href={href('/contracts/:contractId', { contractId: String(contract.id) })}>
					{contract.reference} · {contract.title}
				</a>
			</span>
			<h1 className="govuk-heading-l">
				{organisation}: progress return {period.label}
			</h1>
			<p className="govuk-body">
				<Tag text={returnStatusLabels[progressReturn.status]} classes={returnStatusTagClasses[progressReturn.status]} />{' '}
				{progressReturn.imported ? (
					<>
						<Tag text="Imported" classes="govuk-tag--grey" />{' '}
					</>
				) : null}
				{formatCalendarDate(period.startDate)} to {formatCalendarDate(period.endDate)}, due{' '}
				{formatCalendarDate(period.dueDate)}.
				{progressReturn.submittedAt !== null
					? ` Submitted ${formatDateTime(progressReturn.submittedAt)}${progressReturn.late ? ', late' : ''}.`
					: ''}
			</p>
			{progressReturn.nil ? <InsetText>Nil return: {progressReturn.nilReason}</InsetText> : null}
			<p className="govuk-body">
				Delivered counts approved returns only; this return’s figures are shown apart until you approve it. Expected is
				by the end of the period, from the milestones.
			</p>
			{lines.some((line) => line.progress) ? <RagRule thresholds={ragThresholds} /> : null}
			{lines.map((line) => (
				<ReturnAnswerCard key={line.answer.commitment.id} answer={line.answer}>
					{line.progress ? (
						<SummaryList rows={returnProgressRows(line.progress, unitFor(units, line.answer.commitment.unit))} />
					) : null}
					<LineComments comments={line.comments} />
					<ReviewCommentForm
						id={commentFormId(line.answer.commitment.id)}
						itemField="commitmentId"
						itemId={line.answer.commitment.id}
						code={line.answer.commitment.measureCode}
						hint="The supplier sees your comments with the return"
						lastResult={lastResult(`comment-${line.answer.commitment.id}`)}
					/>
				</ReturnAnswerCard>
			))}
			<div className="govuk-grid-row" id="decision" tabIndex={-1}>
				<div className="govuk-grid-column-two-thirds">
					{canApprove ? (
						<>
							<h2 className="govuk-heading-m">Decision</h2>
							<Form method="post" {...getFormProps(approveForm)}>
								<input type="hidden" name="version" value={progressReturn.version} />
								<Button text="Approve return" name="intent" value="approve" />
							</Form>
							<Form method="post" {...getFormProps(returnForm)}>
								<input type="hidden" name="version" value={progressReturn.version} />
								<Textarea
									key={returnReasonKey}
									label={{ text: 'What needs to change', classes: 'govuk-label--s' }}
									hint={{ text: 'The supplier sees this and can change and resubmit the return' }}
									rows={3}
									{...returnReason}
								/>
								<Button text="Return for changes" name="intent" value="return" classes="govuk-button--secondary" />
							</Form>
						</>
					) : null}
					{canReopen ? (
						<>
							<h2 className="govuk-heading-m">Reopen</h2>
							<Form method="post" {...getFormProps(reopenForm)}>
								<input type="hidden" name="version" value={progressReturn.version} />
								<Textarea
									key={reopenReasonKey}
									label={{ text: 'Why the approved return is reopened', classes: 'govuk-label--s' }}
									hint={{ text: 'Its figures stop counting as delivered until it is approved again' }}
									rows={3}
									{...reopenReason}
								/>
								<Button text="Reopen return" name="intent" value="reopen" classes="govuk-button--warning" />
							</Form>
						</>
					) : null}
				</div>
			</div>
			<HistoryTable rows={history} />
		</>
	)
}

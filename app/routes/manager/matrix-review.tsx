import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatDateTime } from '#app/domain/dates.ts'
import { datePartsOf } from '#app/domain/date-parts.ts'
import {
	clarificationDueSchema,
	clarificationOpen,
	defaultClarificationDate,
} from '#app/domain/matrix/clarification.ts'
import { matrixStatusLabels, transition } from '#app/domain/matrix/matrix-state.ts'
import { parseQualityScore } from '#app/domain/matrix/scoring.ts'
import { pageHolding, pageOf, pageRange, pageSlice } from '#app/domain/pagination.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { loadMatrixWorkspace } from '#app/lib/matrix-workspace.server.ts'
import { contractForTender } from '#app/lib/contracts.server.ts'
import {
	addLineComment,
	canReviewMatrix,
	decideMatrix,
	lineComments,
	matrixHistory,
	setQualityScore,
} from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateFieldProps, dateSummaryField, inputFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { EnteredBy } from '#app/components/entered-by.tsx'
import { matrixEntry } from '#app/lib/entered-matrices.server.ts'
import { Input } from '#app/components/govuk/input.tsx'
import { SummaryCard, SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { MatrixHistory } from '#app/components/matrix-history.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import {
	type FormReply,
	ReviewCommentForm,
	commentReplyErrors,
	reviewFormOf,
} from '#app/components/review-comment-form.tsx'
import { matrixLineRows } from './matrix-review-rows.ts'
import type { Route } from './+types/matrix-review.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	const found = canReviewMatrix(user, parseId(param), now)
	if (!found.ok) throw new Response(found.message, { status: found.status ?? 400 })
	return { user, now, ...found }
}

/** Lines per page: a tender may have many measures in scope, each line a card with its own comment form. */
const LINES_PER_PAGE = 25

export function loader({ request, params }: Route.LoaderArgs) {
	const { matrix, tender, organisationName, now } = load(request, params.matrixId)
	const workspace = loadMatrixWorkspace(matrix.id)!
	const linesPage = pageOf(workspace.lines.length, new URL(request.url).searchParams.get('lines-page'), LINES_PER_PAGE)
	const lines = pageSlice(workspace.lines, linesPage)
	const when = {
		actor: 'council' as const,
		now,
		deadlineAt: tender.deadlineAt,
		clarificationDueAt: matrix.clarificationDueAt,
	}
	const reviewStatus = matrix.status === 'submitted' ? 'under_review' : matrix.status
	const contract = contractForTender(tender.id)
	return {
		matrix: {
			id: matrix.id,
			status: matrix.status,
			version: matrix.version,
			qualityScore: matrix.qualityScoreHundredths === null ? null : matrix.qualityScoreHundredths / 100,
			clarificationDueAt: matrix.clarificationDueAt,
			clarificationOpen: matrix.status === 'changes_requested' && clarificationOpen(matrix.clarificationDueAt, now),
		},
		comments: lineComments(matrix.id).filter((comment) => lines.some((line) => line.measure.id === comment.measureId)),
		suggestedDueDate: defaultClarificationDate(now),
		contract: contract
			? { id: contract.id, reference: contract.reference, isThisMatrix: contract.matrixId === matrix.id }
			: null,
		canAward: !contract && transition(matrix.status, 'award', when).ok,
		canRequestChanges: transition(reviewStatus, 'request_changes', when).ok,
		tender: { id: tender.id, title: tender.title, reference: tender.reference, targetPercent: tender.targetPercent },
		organisation: organisationName,
		entry: matrixEntry(matrix.id),
		// A bidder nobody has claimed answers a change request through the manager: see bids/new.
		correctable: tender.bidding === 'elsewhere' && matrix.status === 'changes_requested',
		// What the reviewer reads of each line; not the measure's guidance, which is for the supplier writing it.
		lines: lines.map(({ measure, entry, valuePence }) => ({
			measure: {
				id: measure.id,
				code: measure.code,
				title: measure.title,
				qualitative: measure.qualitative,
				quantityUnit: measure.quantityUnit,
			},
			entry,
			valuePence,
		})),
		linesPage,
		// The totals are the whole matrix's, whichever page of lines is shown.
		totals: workspace.totals,
		history: matrixHistory(matrix.id),
		canDecide: transition(reviewStatus, 'approve', when).ok,
	}
}

const version = z.coerce.number().int().min(0)
const QUALITY_SCORE_ERROR = 'Enter a quality score from 0 to 100'

const ScoreSchema = z.object({
	intent: z.literal('score'),
	version,
	qualityScore: z.string({ error: QUALITY_SCORE_ERROR }).transform((text, ctx) => {
		const score = parseQualityScore(text)
		if (score !== null) return score
		ctx.addIssue({ code: 'custom', message: QUALITY_SCORE_ERROR })
		return z.NEVER
	}),
})
const CommentSchema = z.object({
	intent: z.literal('comment'),
	measureId: z.coerce.number().int().min(1),
	comment: z.string().default(''),
})
const ApproveSchema = z.object({ intent: z.literal('approve'), version })
const RejectSchema = z.object({ intent: z.literal('reject'), version, rejectReason: z.string().default('') })
function requestChangesSchema(now: number) {
	return z.object({
		intent: z.literal('request_changes'),
		version,
		changesReason: z.string().default(''),
		changesDueDate: clarificationDueSchema(now),
	})
}

/** The page's forms, told apart by the button pressed; a due date is judged against `now`. */
function actionSchema(now: number) {
	return z.discriminatedUnion('intent', [
		ScoreSchema,
		CommentSchema,
		ApproveSchema,
		requestChangesSchema(now),
		RejectSchema,
	])
}

const decisionForms = ['score', 'approve', 'request_changes', 'reject']

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, matrix } = load(request, params.matrixId)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const submission = parseWithZod(await readFormData(request), { schema: actionSchema(ctx.now) })
	const form = reviewFormOf(submission.payload, {
		itemField: 'measureId',
		decisions: decisionForms,
		fallback: 'approve',
	})
	if (submission.status !== 'success')
		return data({ form, result: invalidFormReply(submission, ['intent', 'version', 'measureId']) }, { status: 400 })
	const value = submission.value
	const page = href('/manage/matrices/:matrixId', { matrixId: String(matrix.id) })
	if (value.intent === 'score') {
		const result = setQualityScore(
			user,
			{ matrixId: matrix.id, score: value.qualityScore, version: value.version },
			ctx,
		)
		if (!result.ok) return data({ form, result: refusalReply(submission, result) }, { status: result.status ?? 400 })
		return redirect(withNotice(page, 'score-saved'))
	}
	if (value.intent === 'comment') {
		const { measureId } = value
		const result = addLineComment(user, { matrixId: matrix.id, measureId, body: value.comment }, ctx)
		if (!result.ok) return data({ form, result: refusalReply(submission, result) }, { status: result.status ?? 400 })
		// Back to the page of lines the comment is on.
		const index = loadMatrixWorkspace(matrix.id)!.lines.findIndex((line) => line.measure.id === measureId)
		return redirect(
			withNotice(page, 'comment-added', {
				search: { 'lines-page': pageHolding(index, LINES_PER_PAGE) },
				hash: `line-${measureId}`,
			}),
		)
	}
	const reasonField = value.intent === 'reject' ? 'rejectReason' : 'changesReason'
	const reason =
		value.intent === 'reject' ? value.rejectReason : value.intent === 'request_changes' ? value.changesReason : ''
	const result = decideMatrix(
		user,
		{
			matrixId: matrix.id,
			decision: value.intent,
			reason,
			version: value.version,
			clarificationDueAt: value.intent === 'request_changes' ? value.changesDueDate : undefined,
		},
		ctx,
	)
	if (!result.ok) {
		const refusal = { message: result.message, field: result.field === 'reason' ? reasonField : undefined }
		return data({ form, result: refusalReply(submission, refusal) }, { status: result.status ?? 400 })
	}
	return redirect(withNotice(page, 'decision-saved'))
}

export default function MatrixReview({ loaderData, actionData }: Route.ComponentProps) {
	const {
		matrix,
		tender,
		organisation,
		lines,
		linesPage,
		totals,
		history,
		canDecide,
		canRequestChanges,
		canAward,
		contract,
		comments,
		suggestedDueDate,
		entry,
		correctable,
	} = loaderData
	const reply: FormReply | undefined = actionData
	const lastResult = (form: string) => (reply?.form === form ? reply.result : undefined)
	// Every decision and score makes a new version of the matrix, and every comment a longer list:
	// a new id starts a form afresh, without the errors it last showed.
	const [scoreForm, scoreFields] = useForm<z.input<typeof ScoreSchema>>({
		id: `score-${matrix.version}`,
		lastResult: lastResult('score'),
		defaultValue: { qualityScore: matrix.qualityScore === null ? '' : String(matrix.qualityScore) },
	})
	const [approveForm] = useForm<z.input<typeof ApproveSchema>>({
		id: `approve-${matrix.version}`,
		lastResult: lastResult('approve'),
	})
	const [changesForm, changesFields] = useForm<z.input<ReturnType<typeof requestChangesSchema>>>({
		id: `request_changes-${matrix.version}`,
		lastResult: lastResult('request_changes'),
		defaultValue: { changesDueDate: datePartsOf(suggestedDueDate) },
	})
	const [rejectForm, rejectFields] = useForm<z.input<typeof RejectSchema>>({
		id: `reject-${matrix.version}`,
		lastResult: lastResult('reject'),
	})
	const commentsOn = (measureId: number) => comments.filter((comment) => comment.measureId === measureId)
	const commentFormId = (measureId: number) => `comment-${measureId}-${commentsOn(measureId).length}`
	const errors = [
		...commentReplyErrors(reply, commentFormId),
		...collectErrors([scoreFields.qualityScore], scoreForm.errors, 'decisions'),
		...collectErrors([], approveForm.errors, 'decisions'),
		...collectErrors(
			[changesFields.changesReason, dateSummaryField(changesFields.changesDueDate)],
			changesForm.errors,
			'decisions',
		),
		...collectErrors([rejectFields.rejectReason], rejectForm.errors, 'decisions'),
	]
	const { key: scoreKey, ...qualityScore } = inputFieldProps(scoreFields.qualityScore)
	const { key: changesReasonKey, ...changesReason } = textareaFieldProps(changesFields.changesReason)
	const { key: dueDateKey, ...dueDate } = dateFieldProps(changesFields.changesDueDate)
	const { key: rejectReasonKey, ...rejectReason } = textareaFieldProps(rejectFields.rejectReason)
	const matrixId = String(matrix.id)
	return (
		<>
			<BackLink
				href={href('/manage/tenders/:tenderId/matrices', { tenderId: String(tender.id) })}
				text="Back to all matrices"
			/>
			<DocumentTitle title={`${organisation}: social value matrix`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				{tender.reference} · {tender.title}
			</span>
			<h1 className="govuk-heading-l">{organisation}</h1>
			<p className="govuk-body">Status: {matrixStatusLabels[matrix.status]}</p>
			{entry ? <EnteredBy entry={entry} /> : null}
			{correctable ? (
				<p className="govuk-body">
					If nobody from the bidder has claimed their organisation in the portal, send the changes through your
					e-tendering system and{' '}
					<a className="govuk-link" href={href('/manage/tenders/:tenderId/bids/new', { tenderId: String(tender.id) })}>
						upload their corrected matrix
					</a>
					.
				</p>
			) : null}
			{matrix.status === 'changes_requested' && matrix.clarificationDueAt !== null ? (
				<InsetText>
					{matrix.clarificationOpen
						? `The supplier can make changes and resubmit until ${formatDateTime(matrix.clarificationDueAt)}. You can decide once that time has passed.`
						: `The time for changes ended on ${formatDateTime(matrix.clarificationDueAt)} without a resubmission. Decide on the matrix as it was submitted, or ask again with a new date.`}
				</InsetText>
			) : null}
			{contract ? (
				<InsetText>
					{contract.isThisMatrix ? 'This matrix won the contract ' : 'The contract was awarded to another supplier: '}
					<a className="govuk-link" href={href('/contracts/:contractId', { contractId: String(contract.id) })}>
						{contract.reference}
					</a>
					.
				</InsetText>
			) : null}
			{canAward ? (
				<Button href={href('/manage/matrices/:matrixId/award', { matrixId })}>
					Award the contract to {organisation}
				</Button>
			) : null}
			{linesPage.count > 1 ? (
				<p className="govuk-body" id="lines-page">
					{pageRange(linesPage)} lines.
				</p>
			) : null}
			{lines.map((line) => (
				<SummaryCard
					key={line.measure.id}
					card={{
						title: { text: `${line.measure.code}: ${line.measure.title}` },
						attributes: { id: `line-${line.measure.id}` },
					}}
				>
					<SummaryList rows={matrixLineRows(line)} />
					<LineComments comments={commentsOn(line.measure.id)} />
					<ReviewCommentForm
						id={commentFormId(line.measure.id)}
						itemField="measureId"
						itemId={line.measure.id}
						code={line.measure.code}
						hint="The supplier sees your comments with your next decision"
						lastResult={lastResult(`comment-${line.measure.id}`)}
					/>
				</SummaryCard>
			))}
			<PageNavigation page={linesPage} param="lines-page" label="Pages of lines" />
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<div className="govuk-grid-row" id="decisions" tabIndex={-1}>
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">Quality score</h2>
					<Form method="post" {...getFormProps(scoreForm)}>
						<input type="hidden" name="version" value={matrix.version} />
						<Input
							key={scoreKey}
							label={{ text: 'Quality of the method statements, from 0 to 100' }}
							inputmode="decimal"
							classes="govuk-input--width-5"
							{...qualityScore}
						/>
						<Button text="Save score" name="intent" value="score" classes="govuk-button--secondary" />
					</Form>
					{canDecide || canRequestChanges ? <h2 className="govuk-heading-m">Decision</h2> : null}
					{canDecide ? (
						<Form method="post" {...getFormProps(approveForm)}>
							<input type="hidden" name="version" value={matrix.version} />
							<Button text="Approve matrix" name="intent" value="approve" />
						</Form>
					) : null}
					{canRequestChanges ? (
						<Form method="post" {...getFormProps(changesForm)}>
							<input type="hidden" name="version" value={matrix.version} />
							<Textarea
								key={changesReasonKey}
								label={{ text: 'What needs to change', classes: 'govuk-label--s' }}
								hint={{ text: 'The supplier sees this, and your comments on the lines, and can edit and resubmit' }}
								rows={3}
								{...changesReason}
							/>
							<DateInput
								key={dueDateKey}
								fieldset={{ legend: { text: 'Changes due by', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'The supplier can edit and resubmit until 11:59pm UK time on this date' }}
								{...dueDate}
							/>
							<Button
								text={matrix.status === 'changes_requested' ? 'Ask for changes again' : 'Request changes'}
								name="intent"
								value="request_changes"
								classes="govuk-button--secondary"
							/>
						</Form>
					) : null}
					{canDecide ? (
						<Form method="post" {...getFormProps(rejectForm)}>
							<input type="hidden" name="version" value={matrix.version} />
							<Textarea
								key={rejectReasonKey}
								label={{ text: 'Why it is rejected', classes: 'govuk-label--s' }}
								rows={3}
								{...rejectReason}
							/>
							<Button text="Reject matrix" name="intent" value="reject" classes="govuk-button--warning" />
						</Form>
					) : null}
				</div>
			</div>
			<MatrixHistory events={history} />
		</>
	)
}

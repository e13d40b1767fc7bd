import { eq } from 'drizzle-orm'
import { Form, data, redirect, useActionData } from 'react-router'
import { db } from '#db/client.server.ts'
import { organisations } from '#db/schema.ts'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import {
	expectedToDate,
	formatProgress,
	progressBasisPoints,
	ragLabels,
	ragStatus,
	ragTagClasses,
} from '#app/domain/returns/progress.ts'
import { returnStatusLabels, returnStatusTagClasses, transition } from '#app/domain/returns/return-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { deliveredByCommitment, councilRagThresholds } from '#app/lib/contract-progress.server.ts'
import { addReturnComment, canReviewReturn, decideReturn, type ReturnDecision } from '#app/lib/return-review.server.ts'
import { loadReturn } from '#app/lib/returns.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { HistoryTable } from '#app/components/matrix-history.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { RagRule } from '#app/components/rag-rule.tsx'
import { ReturnAnswerCard } from '#app/components/return-answers.tsx'
import type { Route } from './+types/return-review.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const found = canReviewReturn(user, parseId(param))
	if (!found.ok) throw new Response(found.message, { status: found.status })
	return { user, ...found }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { progressReturn, contract } = load(request, params.returnId)
	const loaded = loadReturn(progressReturn.id)!
	const thresholds = councilRagThresholds()
	const approvedBefore = deliveredByCommitment(contract.id, progressReturn.id)
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, contract.organisationId))
		.get()
	const when = { actor: 'council' as const, now: Date.now(), periodEndedAt: 0 }
	return {
		progressReturn: {
			id: progressReturn.id,
			status: progressReturn.status,
			version: progressReturn.version,
			nil: progressReturn.nil,
			nilReason: progressReturn.nilReason,
			late: progressReturn.late,
			submittedAt: progressReturn.submittedAt,
		},
		period: loaded.period,
		contract: { id: contract.id, reference: contract.reference, title: contract.title },
		organisation: organisation?.name ?? '',
		canApprove: transition(progressReturn.status, 'approve', when).ok,
		canReopen: transition(progressReturn.status, 'reopen', when).ok,
		lines: loaded.commitments.map((commitment) => {
			const entry = loaded.lines.get(commitment.id) ?? null
			const before = approvedBefore.get(commitment.id) ?? 0
			const thisReturn = progressReturn.nil ? 0 : (entry?.deliveredHundredths ?? 0)
			const expected = commitment.qualitative
				? null
				: expectedToDate(commitment.milestones, contract.startDate, loaded.period.endDate)
			const delivered = before + thisReturn
			return {
				answer: { commitment, entry, evidence: loaded.evidence.filter((e) => e.commitmentId === commitment.id) },
				progress: commitment.qualitative
					? null
					: {
							committed: commitment.quantityHundredths,
							before,
							thisReturn,
							expected,
							percent: progressBasisPoints(delivered, expected),
							rag: ragStatus({ deliveredHundredths: delivered, expectedHundredths: expected, ...thresholds }),
						},
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

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, progressReturn } = load(request, params.returnId)
	const formData = await readFormData(request)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const intent = String(formData.get('intent') ?? '')
	if (intent === 'comment') {
		const commitmentId = Number(formData.get('commitmentId'))
		const result = addReturnComment(
			user,
			{ returnId: progressReturn.id, commitmentId, body: String(formData.get('comment') ?? '') },
			ctx,
		)
		if (!result.ok)
			return data({ message: result.message, field: `comment-${commitmentId}` }, { status: result.status ?? 400 })
		return redirect(`/manage/returns/${progressReturn.id}?notice=comment-added#commitment-${commitmentId}`)
	}
	if (intent === 'approve' || intent === 'return' || intent === 'reopen') {
		const field = intent === 'approve' ? null : `${intent}Reason`
		const reason = field ? String(formData.get(field) ?? '') : ''
		const result = decideReturn(
			user,
			{
				returnId: progressReturn.id,
				decision: intent as ReturnDecision,
				reason,
				version: Number(formData.get('version')),
			},
			ctx,
		)
		if (!result.ok) return data({ message: result.message, field }, { status: result.status ?? 400 })
		return redirect(`/manage/returns/${progressReturn.id}?notice=decision-saved`)
	}
	return data({ message: 'Reload the page and try again', field: null }, { status: 400 })
}

function quantity(hundredths: number | null) {
	return hundredths === null ? 'No milestones' : formatQuantity(hundredths)
}

export default function ReturnReview({ loaderData }: Route.ComponentProps) {
	const { progressReturn, period, contract, organisation, canApprove, canReopen, lines, history, ragThresholds } =
		loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData
		? [{ text: actionData.message, href: actionData.field ? `#${actionData.field}` : '#decision' }]
		: []
	const fieldError = (name: string) => (actionData?.field === name ? { text: actionData.message } : undefined)
	return (
		<>
			<BackLink href="/manage/returns" text="Back to returns to review" />
			<DocumentTitle title={`${organisation}: progress return ${period.label}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				<a className="govuk-link" href={`/contracts/${contract.id}`}>
					{contract.reference} · {contract.title}
				</a>
			</span>
			<h1 className="govuk-heading-l">
				{organisation}: progress return {period.label}
			</h1>
			<p className="govuk-body">
				<Tag text={returnStatusLabels[progressReturn.status]} classes={returnStatusTagClasses[progressReturn.status]} />{' '}
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
						<SummaryList
							rows={[
								{ key: { text: 'Committed' }, value: { text: quantity(line.progress.committed) } },
								{
									key: { text: 'Delivered in approved returns' },
									value: { text: formatQuantity(line.progress.before) },
								},
								{
									key: { text: 'Delivered in this return' },
									value: { text: formatQuantity(line.progress.thisReturn) },
								},
								{
									key: { text: 'Expected by the end of the period' },
									value: { text: quantity(line.progress.expected) },
								},
								{
									key: { text: 'Progress' },
									value: {
										html: `${line.progress.percent === null ? 'Not due yet' : formatProgress(line.progress.percent)} <strong class="govuk-tag ${ragTagClasses[line.progress.rag]}">${ragLabels[line.progress.rag]}</strong>`,
									},
								},
							]}
						/>
					) : null}
					<LineComments comments={line.comments} />
					<Form method="post">
						<input type="hidden" name="commitmentId" value={line.answer.commitment.id} />
						<Textarea
							id={`comment-${line.answer.commitment.id}`}
							name="comment"
							label={{ text: `Comment on ${line.answer.commitment.measureCode}`, classes: 'govuk-label--s' }}
							hint={{ text: 'The supplier sees your comments with the return' }}
							rows={2}
							errorMessage={fieldError(`comment-${line.answer.commitment.id}`)}
						/>
						<Button name="intent" value="comment" classes="govuk-button--secondary">
							Add comment<span className="govuk-visually-hidden"> on {line.answer.commitment.measureCode}</span>
						</Button>
					</Form>
				</ReturnAnswerCard>
			))}
			<div className="govuk-grid-row" id="decision" tabIndex={-1}>
				<div className="govuk-grid-column-two-thirds">
					{canApprove ? (
						<>
							<h2 className="govuk-heading-m">Decision</h2>
							<Form method="post">
								<input type="hidden" name="version" value={progressReturn.version} />
								<Button text="Approve return" name="intent" value="approve" />
							</Form>
							<Form method="post">
								<input type="hidden" name="version" value={progressReturn.version} />
								<Textarea
									id="returnReason"
									name="returnReason"
									label={{ text: 'What needs to change', classes: 'govuk-label--s' }}
									hint={{ text: 'The supplier sees this and can change and resubmit the return' }}
									rows={3}
									errorMessage={fieldError('returnReason')}
								/>
								<Button text="Return for changes" name="intent" value="return" classes="govuk-button--secondary" />
							</Form>
						</>
					) : null}
					{canReopen ? (
						<>
							<h2 className="govuk-heading-m">Reopen</h2>
							<Form method="post">
								<input type="hidden" name="version" value={progressReturn.version} />
								<Textarea
									id="reopenReason"
									name="reopenReason"
									label={{ text: 'Why the approved return is reopened', classes: 'govuk-label--s' }}
									hint={{ text: 'Its figures stop counting as delivered until it is approved again' }}
									rows={3}
									errorMessage={fieldError('reopenReason')}
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

import { Form, data, redirect, useActionData } from 'react-router'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import {
	type DateParts,
	dateFieldEntries,
	dateFieldErrors,
	datePartsFromForm,
	datePartsOf,
} from '#app/domain/date-parts.ts'
import { clarificationOpen, defaultClarificationDate, parseClarificationDue } from '#app/domain/matrix/clarification.ts'
import { matrixStatusLabels, transition } from '#app/domain/matrix/matrix-state.ts'
import { parseQualityScore } from '#app/domain/matrix/scoring.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { pageHolding, pageOf, pageRange, pageSlice } from '#app/domain/pagination.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadMatrixWorkspace } from '#app/lib/matrices.server.ts'
import { contractForTender } from '#app/lib/contracts.server.ts'
import {
	addLineComment,
	canReviewMatrix,
	decideMatrix,
	lineComments,
	matrixHistory,
	setQualityScore,
	type Decision,
} from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations } from '#db/schema.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateInputProps, plainDateField } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { MatrixHistory } from '#app/components/matrix-history.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
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
	const { matrix, tender, now } = load(request, params.matrixId)
	const workspace = loadMatrixWorkspace(matrix.id)!
	const linesPage = pageOf(workspace.lines.length, new URL(request.url).searchParams.get('lines-page'), LINES_PER_PAGE)
	const lines = pageSlice(workspace.lines, linesPage)
	const organisation = db
		.select({ name: organisations.name })
		.from(organisations)
		.where(eq(organisations.id, matrix.organisationId))
		.get()
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
		organisation: organisation?.name ?? '',
		// What the reviewer reads of each line; not the measure's guidance, which is for the supplier writing it.
		lines: lines.map(({ measure, entry, valuePence }) => ({
			measure: { id: measure.id, code: measure.code, title: measure.title, qualitative: measure.qualitative },
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

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, matrix } = load(request, params.matrixId)
	const formData = await readFormData(request)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const version = Number(formData.get('version'))
	const intent = String(formData.get('intent') ?? '')
	if (intent === 'score') {
		const score = parseQualityScore(String(formData.get('qualityScore') ?? ''))
		if (score === null)
			return data({ message: 'Enter a quality score from 0 to 100', field: 'qualityScore' }, { status: 400 })
		const result = setQualityScore(user, { matrixId: matrix.id, score, version }, ctx)
		if (!result.ok) return data({ message: result.message, field: null }, { status: result.status ?? 400 })
		return redirect(`/manage/matrices/${matrix.id}?notice=score-saved`)
	}
	if (intent === 'comment') {
		const measureId = Number(formData.get('measureId'))
		const body = String(formData.get('comment') ?? '')
		const result = addLineComment(user, { matrixId: matrix.id, measureId, body }, ctx)
		if (!result.ok)
			return data(
				{ message: result.message, field: `comment-${measureId}`, typed: { [`comment-${measureId}`]: body } },
				{ status: result.status ?? 400 },
			)
		// Back to the page of lines the comment is on.
		const index = loadMatrixWorkspace(matrix.id)!.lines.findIndex((line) => line.measure.id === measureId)
		return redirect(
			`/manage/matrices/${matrix.id}?lines-page=${pageHolding(index, LINES_PER_PAGE)}&notice=comment-added#line-${measureId}`,
		)
	}
	if (intent === 'request_changes' || intent === 'approve' || intent === 'reject') {
		const reasonField = intent === 'reject' ? 'rejectReason' : 'changesReason'
		const reason = String(formData.get(reasonField) ?? '').slice(0, 2000)
		// A refusal brings back the reason as typed, so nobody writes it twice.
		const typed = { [reasonField]: reason }
		let clarificationDueAt: number | undefined
		if (intent === 'request_changes') {
			const dueDate = datePartsFromForm(formData, 'changesDueDate')
			const due = parseClarificationDue(dueDate, ctx.now)
			if (!due.ok) {
				const dateErrors = dateFieldErrors('changesDueDate', due)
				return data(
					{ message: due.message, field: Object.keys(dateErrors)[0]!, dateErrors, dueDate, typed },
					{ status: 400 },
				)
			}
			clarificationDueAt = due.dueAt
		}
		const result = decideMatrix(
			user,
			{ matrixId: matrix.id, decision: intent as Decision, reason, version, clarificationDueAt },
			ctx,
		)
		if (!result.ok)
			return data(
				{ message: result.message, field: intent === 'approve' ? null : reasonField, typed },
				{ status: result.status ?? 400 },
			)
		return redirect(`/manage/matrices/${matrix.id}?notice=decision-saved`)
	}
	return data({ message: 'Reload the page and try again', field: null }, { status: 400 })
}

export default function MatrixReview({ loaderData }: Route.ComponentProps) {
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
	} = loaderData
	// A refused due date also brings back what was typed and the fields to highlight.
	const actionData:
		| {
				message: string
				field: string | null
				dateErrors?: Record<string, string>
				dueDate?: DateParts
				typed?: Record<string, string>
		  }
		| undefined = useActionData<typeof action>()
	const errors = actionData
		? [{ text: actionData.message, href: actionData.field ? `#${actionData.field}` : '#decisions' }]
		: []
	const fieldError = (name: string) => (actionData?.field === name ? { text: actionData.message } : undefined)
	const typed = (name: string) => actionData?.typed?.[name]
	// What was typed comes back with its error; otherwise the suggested date.
	const typedDueDate = actionData?.dueDate ?? datePartsOf(suggestedDueDate)
	const dueDate = plainDateField(
		'changesDueDate',
		Object.fromEntries(dateFieldEntries('changesDueDate', typedDueDate)),
		actionData?.dateErrors ?? {},
	)
	return (
		<>
			<BackLink href={`/manage/tenders/${tender.id}/matrices`} text="Back to all matrices" />
			<DocumentTitle title={`${organisation}: social value matrix`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">
				{tender.reference} · {tender.title}
			</span>
			<h1 className="govuk-heading-l">{organisation}</h1>
			<p className="govuk-body">Status: {matrixStatusLabels[matrix.status]}</p>
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
					<a className="govuk-link" href={`/contracts/${contract.id}`}>
						{contract.reference}
					</a>
					.
				</InsetText>
			) : null}
			{canAward ? (
				<a className="govuk-button" role="button" draggable="false" href={`/manage/matrices/${matrix.id}/award`}>
					Award the contract to {organisation}
				</a>
			) : null}
			{linesPage.count > 1 ? (
				<p className="govuk-body" id="lines-page">
					{pageRange(linesPage)} lines.
				</p>
			) : null}
			{lines.map((line) => {
				const entry = line.entry
				const lineCommentList = comments.filter((comment) => comment.measureId === line.measure.id)
				const commentField = `comment-${line.measure.id}`
				return (
					<div className="govuk-summary-card" key={line.measure.id} id={`line-${line.measure.id}`}>
						<div className="govuk-summary-card__title-wrapper">
							<h2 className="govuk-summary-card__title">
								{line.measure.code}: {line.measure.title}
							</h2>
						</div>
						<div className="govuk-summary-card__content">
							<dl className="govuk-summary-list">
								{(!entry
									? [['Answer', 'Not answered']]
									: entry.declined
										? [['Not committing', entry.declineReason]]
										: [
												[
													line.measure.qualitative ? 'Commitment' : 'Quantity',
													line.measure.qualitative
														? entry.commitmentText
														: entry.quantityHundredths === null
															? ''
															: formatQuantity(entry.quantityHundredths),
												],
												[
													'Social value',
													line.valuePence === null
														? 'None (record only or qualitative)'
														: formatPounds(line.valuePence),
												],
												[
													'Milestones',
													entry.milestones
														.map((m) => `${formatCalendarDate(m.date)}: ${formatQuantity(m.cumulativeHundredths)}`)
														.join('; ') || 'None',
												],
												[
													'Responsible',
													[entry.responsibleName, entry.responsibleRole, entry.responsibleEmail]
														.filter(Boolean)
														.join(', '),
												],
												['Method statement', entry.methodStatement],
											]
								).map(([key, value]) => (
									<div className="govuk-summary-list__row" key={key}>
										<dt className="govuk-summary-list__key">{key}</dt>
										<dd className="govuk-summary-list__value app-preserve-lines">{value}</dd>
									</div>
								))}
							</dl>
							<LineComments comments={lineCommentList} />
							<Form method="post">
								<input type="hidden" name="measureId" value={line.measure.id} />
								<Textarea
									id={commentField}
									name="comment"
									label={{ text: `Comment on ${line.measure.code}`, classes: 'govuk-label--s' }}
									hint={{ text: 'The supplier sees your comments with your next decision' }}
									rows={2}
									value={typed(commentField)}
									errorMessage={fieldError(commentField)}
								/>
								<Button name="intent" value="comment" classes="govuk-button--secondary">
									Add comment<span className="govuk-visually-hidden"> on {line.measure.code}</span>
								</Button>
							</Form>
						</div>
					</div>
				)
			})}
			<PageNavigation page={linesPage} param="lines-page" label="Pages of lines" />
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<div className="govuk-grid-row" id="decisions" tabIndex={-1}>
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">Quality score</h2>
					<Form method="post">
						<input type="hidden" name="version" value={matrix.version} />
						<Input
							id="qualityScore"
							name="qualityScore"
							label={{ text: 'Quality of the method statements, from 0 to 100' }}
							value={matrix.qualityScore === null ? '' : String(matrix.qualityScore)}
							inputmode="decimal"
							classes="govuk-input--width-5"
							errorMessage={fieldError('qualityScore')}
						/>
						<Button text="Save score" name="intent" value="score" classes="govuk-button--secondary" />
					</Form>
					{canDecide || canRequestChanges ? <h2 className="govuk-heading-m">Decision</h2> : null}
					{canDecide ? (
						<Form method="post">
							<input type="hidden" name="version" value={matrix.version} />
							<Button text="Approve matrix" name="intent" value="approve" />
						</Form>
					) : null}
					{canRequestChanges ? (
						<Form method="post">
							<input type="hidden" name="version" value={matrix.version} />
							<Textarea
								id="changesReason"
								name="changesReason"
								label={{ text: 'What needs to change', classes: 'govuk-label--s' }}
								hint={{ text: 'The supplier sees this, and your comments on the lines, and can edit and resubmit' }}
								rows={3}
								value={typed('changesReason')}
								errorMessage={fieldError('changesReason')}
							/>
							<DateInput
								fieldset={{ legend: { text: 'Changes due by', classes: 'govuk-fieldset__legend--s' } }}
								hint={{ text: 'The supplier can edit and resubmit until 11:59pm UK time on this date' }}
								{...dateInputProps(dueDate)}
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
						<Form method="post">
							<input type="hidden" name="version" value={matrix.version} />
							<Textarea
								id="rejectReason"
								name="rejectReason"
								label={{ text: 'Why it is rejected', classes: 'govuk-label--s' }}
								rows={3}
								value={typed('rejectReason')}
								errorMessage={fieldError('rejectReason')}
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

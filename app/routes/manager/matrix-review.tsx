import { Form, data, redirect, useActionData } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { matrixStatusLabels, transition } from '#app/domain/matrix/matrix-state.ts'
import { parseQualityScore } from '#app/domain/matrix/scoring.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadMatrixWorkspace } from '#app/lib/matrices.server.ts'
import { canReviewMatrix, decideMatrix, matrixHistory, setQualityScore, type Decision } from '#app/lib/matrix-review.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { eq } from 'drizzle-orm'
import { db } from '#db/client.server.ts'
import { organisations } from '#db/schema.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { MatrixHistory } from '#app/components/matrix-history.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/matrix-review.ts'

function load(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	const found = canReviewMatrix(user, parseId(param), now)
	if (!found.ok) throw new Response(found.message, { status: found.status ?? 400 })
	return { user, now, ...found }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { matrix, tender, now } = load(request, params.matrixId)
	const workspace = loadMatrixWorkspace(matrix.id)!
	const organisation = db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, matrix.organisationId)).get()
	const when = { actor: 'council' as const, now, deadlineAt: tender.deadlineAt }
	const reviewStatus = matrix.status === 'submitted' ? 'under_review' : matrix.status
	return {
		matrix: { id: matrix.id, status: matrix.status, version: matrix.version, qualityScore: matrix.qualityScoreHundredths === null ? null : matrix.qualityScoreHundredths / 100 },
		tender: { id: tender.id, title: tender.title, reference: tender.reference, targetPercent: tender.targetPercent },
		organisation: organisation?.name ?? '',
		lines: workspace.lines,
		totals: workspace.totals,
		history: matrixHistory(matrix.id),
		canDecide: transition(reviewStatus, 'approve', when).ok,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, matrix } = load(request, params.matrixId)
	const formData = await request.formData()
	const ctx = { ip: context.clientIp, now: Date.now() }
	const version = Number(formData.get('version'))
	const intent = String(formData.get('intent') ?? '')
	if (intent === 'score') {
		const score = parseQualityScore(String(formData.get('qualityScore') ?? ''))
		if (score === null) return data({ message: 'Enter a quality score from 0 to 100', field: 'qualityScore' }, { status: 400 })
		const result = setQualityScore(user, { matrixId: matrix.id, score, version }, ctx)
		if (!result.ok) return data({ message: result.message, field: null }, { status: result.status ?? 400 })
		return redirect(`/manage/matrices/${matrix.id}?notice=score-saved`)
	}
	if (intent === 'request_changes' || intent === 'approve' || intent === 'reject') {
		const reason = String(formData.get(intent === 'reject' ? 'rejectReason' : 'changesReason') ?? '').slice(0, 2000)
		const result = decideMatrix(user, { matrixId: matrix.id, decision: intent as Decision, reason, version }, ctx)
		if (!result.ok) return data({ message: result.message, field: intent === 'reject' ? 'rejectReason' : intent === 'request_changes' ? 'changesReason' : null }, { status: result.status ?? 400 })
		return redirect(`/manage/matrices/${matrix.id}?notice=decision-saved`)
	}
	return data({ message: 'Reload the page and try again', field: null }, { status: 400 })
}

export default function MatrixReview({ loaderData }: Route.ComponentProps) {
	const { matrix, tender, organisation, lines, totals, history, canDecide } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData ? [{ text: actionData.message, href: actionData.field ? `#${actionData.field}` : '#decisions' }] : []
	const fieldError = (name: string) => (actionData?.field === name ? { text: actionData.message } : undefined)
	return (
		<>
			<BackLink href={`/manage/tenders/${tender.id}/matrices`} text="Back to all matrices" />
			<DocumentTitle title={`${organisation}: social value matrix`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">{tender.reference} · {tender.title}</span>
			<h1 className="govuk-heading-l">{organisation}</h1>
			<p className="govuk-body">Status: {matrixStatusLabels[matrix.status]}</p>
			{lines.map((line) => {
				const entry = line.entry
				return (
					<div className="govuk-summary-card" key={line.measure.id}>
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
												[line.measure.qualitative ? 'Commitment' : 'Quantity', line.measure.qualitative ? entry.commitmentText : entry.quantityHundredths === null ? '' : formatQuantity(entry.quantityHundredths)],
												['Social value', line.valuePence === null ? 'None (record only or qualitative)' : formatPounds(line.valuePence)],
												['Milestones', entry.milestones.map((m) => `${formatCalendarDate(m.date)}: ${formatQuantity(m.cumulativeHundredths)}`).join('; ') || 'None'],
												['Responsible', [entry.responsibleName, entry.responsibleRole, entry.responsibleEmail].filter(Boolean).join(', ')],
												['Method statement', entry.methodStatement],
											]
								).map(([key, value]) => (
									<div className="govuk-summary-list__row" key={key}>
										<dt className="govuk-summary-list__key">{key}</dt>
										<dd className="govuk-summary-list__value app-preserve-lines">{value}</dd>
									</div>
								))}
							</dl>
						</div>
					</div>
				)
			})}
			<MatrixTotalsTable totals={totals} targetPercent={tender.targetPercent} />
			<div className="govuk-grid-row" id="decisions" tabIndex={-1}>
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">Quality score</h2>
					<Form method="post">
						<input type="hidden" name="version" value={matrix.version} />
						<Input id="qualityScore" name="qualityScore" label={{ text: 'Quality of the method statements, from 0 to 100' }} value={matrix.qualityScore === null ? '' : String(matrix.qualityScore)} inputmode="decimal" classes="govuk-input--width-5" errorMessage={fieldError('qualityScore')} />
						<Button text="Save score" name="intent" value="score" classes="govuk-button--secondary" />
					</Form>
					{canDecide ? (
						<>
							<h2 className="govuk-heading-m">Decision</h2>
							<Form method="post">
								<input type="hidden" name="version" value={matrix.version} />
								<Button text="Approve matrix" name="intent" value="approve" />
							</Form>
							<Form method="post">
								<input type="hidden" name="version" value={matrix.version} />
								<Textarea id="changesReason" name="changesReason" label={{ text: 'What needs to change', classes: 'govuk-label--s' }} hint={{ text: 'The supplier sees this and can edit and resubmit' }} rows={3} errorMessage={fieldError('changesReason')} />
								<Button text="Request changes" name="intent" value="request_changes" classes="govuk-button--secondary" />
							</Form>
							<Form method="post">
								<input type="hidden" name="version" value={matrix.version} />
								<Textarea id="rejectReason" name="rejectReason" label={{ text: 'Why it is rejected', classes: 'govuk-label--s' }} rows={3} errorMessage={fieldError('rejectReason')} />
								<Button text="Reject matrix" name="intent" value="reject" classes="govuk-button--warning" />
							</Form>
						</>
					) : null}
				</div>
			</div>
			<MatrixHistory events={history} />
		</>
	)
}

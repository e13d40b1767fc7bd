import { Form, data, redirect, useActionData } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import { MAX_EVIDENCE_BYTES, evidenceAccept, evidenceProblem, safeDownloadName, sniffEvidenceType } from '#app/domain/returns/evidence-type.ts'
import { milestoneStatusLabels, milestoneStatuses } from '#app/domain/returns/milestone-status.ts'
import { DELIVERED_TEXT_MAX, NARRATIVE_MAX, parseReturnLineForm } from '#app/domain/returns/return-lines.ts'
import { supplierCanEditReturn } from '#app/domain/returns/return-state.ts'
import { unitLabel } from '#app/domain/toms/format.ts'
import { deliveredByCommitment } from '#app/lib/contract-progress.server.ts'
import { requireOwnReturn } from '#app/lib/return-route.server.ts'
import { addEvidence, removeEvidence, saveReturnLine } from '#app/lib/returns.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { CommitmentSummary } from '#app/components/commitment-summary.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/return-line.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_EVIDENCE_BYTES + 64 * 1024

function loadLine(request: Request, params: { returnId?: string; commitmentId?: string }) {
	const { user, loaded } = requireOwnReturn(request, params.returnId)
	const commitmentId = parseId(params.commitmentId)
	const commitment = loaded.commitments.find((c) => c.id === commitmentId)
	if (!commitment) throw new Response('Not found', { status: 404 })
	if (!supplierCanEditReturn(loaded.progressReturn.status)) throw redirect(`/returns/${loaded.progressReturn.id}`)
	return { user, loaded, commitment }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { loaded, commitment } = loadLine(request, params)
	const entry = loaded.lines.get(commitment.id)
	return {
		returnId: loaded.progressReturn.id,
		version: loaded.progressReturn.version,
		periodLabel: loaded.period.label,
		commitment,
		deliveredToDate: commitment.qualitative ? null : (deliveredByCommitment(loaded.contract.id, loaded.progressReturn.id).get(commitment.id) ?? 0),
		values: {
			delivered: entry?.deliveredHundredths == null ? '' : formatQuantity(entry.deliveredHundredths).replace(/,/g, ''),
			deliveredText: entry?.deliveredText ?? '',
			milestoneStatus: entry?.milestoneStatus ?? '',
			narrative: entry?.narrative ?? '',
			mayPublish: entry?.mayPublish ? 'yes' : '',
		} as Record<string, string>,
		evidence: loaded.evidence.filter((e) => e.commitmentId === commitment.id),
		comments: loaded.comments.filter((c) => c.commitmentId === commitment.id),
	}
}

function uploadError(message: string) {
	return data({ errors: { evidence: message } as Record<string, string>, values: null, message: null }, { status: 400 })
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, loaded, commitment } = loadLine(request, params)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const returnId = loaded.progressReturn.id
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES) return uploadError('The selected file must be smaller than 10 MB')
	const formData = await readFormData(request)
	const intent = String(formData.get('intent') ?? 'save')
	if (intent === 'upload') {
		const file = formData.get('evidence')
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) return uploadError('Select a file to upload')
		const bytes = new Uint8Array(await file.arrayBuffer())
		const problem = evidenceProblem(file.name, bytes)
		const type = sniffEvidenceType(bytes)
		if (problem || !type) return uploadError(problem ?? 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or CSV')
		const result = addEvidence(user, { returnId, commitmentId: commitment.id, fileName: safeDownloadName(file.name, type), type, bytes }, ctx)
		if (!result.ok) return uploadError(result.message)
		return redirect(`/returns/${returnId}/lines/${commitment.id}?notice=evidence-added#evidence`)
	}
	if (intent === 'remove') {
		const result = removeEvidence(user, { returnId, evidenceId: Number(formData.get('evidenceId')) }, ctx)
		if (!result.ok) return uploadError(result.message)
		return redirect(`/returns/${returnId}/lines/${commitment.id}?notice=evidence-removed#evidence`)
	}
	const parsed = parseReturnLineForm(formData, commitment)
	if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, message: null }, { status: 400 })
	const result = saveReturnLine(user, { returnId, commitmentId: commitment.id, version: Number(formData.get('version')), entry: parsed.entry }, ctx)
	if (!result.ok) {
		const values = Object.fromEntries([...formData].filter((pair): pair is [string, string] => typeof pair[1] === 'string'))
		return data({ errors: {} as Record<string, string>, values, message: result.message }, { status: result.status ?? 400 })
	}
	return redirect(`/returns/${returnId}?notice=return-saved`)
}

export default function ReturnLine({ loaderData }: Route.ComponentProps) {
	const { returnId, version, periodLabel, commitment, deliveredToDate, evidence, comments } = loaderData
	const actionData = useActionData<typeof action>()
	const values = actionData?.values ?? loaderData.values
	const errors = actionData?.errors ?? {}
	const error = (name: string) => (errors[name] ? { text: errors[name] } : undefined)
	const summary = [...(actionData?.message ? [{ text: actionData.message, href: '#delivered' }] : []), ...Object.entries(errors).map(([field, text]) => ({ text, href: field === 'evidence' ? '#evidence-file' : `#${field}` }))]
	return (
		<>
			<BackLink href={`/returns/${returnId}`} text="Back to the return" />
			<DocumentTitle title={`${commitment.measureCode}: ${commitment.measureTitle}`} hasErrors={summary.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					{summary.length > 0 ? <FormErrorSummary errors={summary} /> : <NoticeBanner />}
					<span className="govuk-caption-l">Progress return: {periodLabel}</span>
					<h1 className="govuk-heading-l">
						{commitment.measureCode}: {commitment.measureTitle}
					</h1>
					<CommitmentSummary commitment={commitment} deliveredToDate={deliveredToDate} />
					<LineComments comments={comments} />
					<Form method="post">
						<input type="hidden" name="version" value={version} />
						{commitment.qualitative ? (
							<Textarea id="deliveredText" name="deliveredText" label={{ text: 'What you delivered in this period', classes: 'govuk-label--s' }} hint={{ text: `Up to ${DELIVERED_TEXT_MAX.toLocaleString('en-GB')} characters` }} value={values.deliveredText ?? ''} rows={3} errorMessage={error('deliveredText')} />
						) : (
							<Input id="delivered" name="delivered" label={{ text: 'Quantity delivered in this period', classes: 'govuk-label--s' }} hint={{ text: `Unit: ${unitLabel(commitment.unit)}. Enter 0 if none. Up to 2 decimal places` }} value={values.delivered ?? ''} inputmode="decimal" classes="govuk-input--width-10" spellcheck={false} errorMessage={error('delivered')} />
						)}
						<Radios
							name="milestoneStatus"
							idPrefix="milestoneStatus"
							value={values.milestoneStatus ?? ''}
							fieldset={{ legend: { text: 'How the milestones stand', classes: 'govuk-fieldset__legend--s' } }}
							errorMessage={error('milestoneStatus')}
							items={milestoneStatuses.map((status) => ({ value: status, text: milestoneStatusLabels[status] }))}
						/>
						<Textarea id="narrative" name="narrative" label={{ text: 'What happened', classes: 'govuk-label--s' }} hint={{ text: `What you did, who benefited, and anything that got in the way. Up to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters` }} value={values.narrative ?? ''} rows={6} errorMessage={error('narrative')} />
						<div className="govuk-form-group">
							<div className="govuk-checkboxes" data-module="govuk-checkboxes">
								<div className="govuk-checkboxes__item">
									<input className="govuk-checkboxes__input" id="mayPublish" name="mayPublish" type="checkbox" value="yes" defaultChecked={values.mayPublish === 'yes'} aria-describedby="mayPublish-hint" />
									<label className="govuk-label govuk-checkboxes__label" htmlFor="mayPublish">
										The council may publish what happened
									</label>
									<div id="mayPublish-hint" className="govuk-hint govuk-checkboxes__hint">
										As a case study in its annual social value report. Leave out names of people who have not agreed.
									</div>
								</div>
							</div>
						</div>
						<Button text="Save and return to the return" />
					</Form>
					<h2 className="govuk-heading-m" id="evidence" tabIndex={-1}>
						Evidence
					</h2>
					{evidence.length === 0 ? (
						<p className="govuk-body">No files yet.</p>
					) : (
						<ul className="govuk-list">
							{evidence.map((file) => (
								<li key={file.id}>
									<Form method="post" className="app-inline-form">
										<input type="hidden" name="evidenceId" value={file.id} />
										<a className="govuk-link" href={`/evidence/${file.id}`}>
											{file.fileName}
										</a>{' '}
										<span className="govuk-body-s">({Math.max(1, Math.round(file.sizeBytes / 1024))} KB, added {formatDateTime(file.uploadedAt)})</span>{' '}
										<Button name="intent" value="remove" classes="govuk-button--secondary govuk-!-margin-bottom-0">
											Remove<span className="govuk-visually-hidden"> {file.fileName}</span>
										</Button>
									</Form>
								</li>
							))}
						</ul>
					)}
					<Form method="post" encType="multipart/form-data">
						<div className={`govuk-form-group${errors.evidence ? ' govuk-form-group--error' : ''}`}>
							<label className="govuk-label govuk-label--s" htmlFor="evidence-file">
								Add a file
							</label>
							<div id="evidence-hint" className="govuk-hint">
								PDF, PNG, JPEG, DOCX, XLSX or CSV, up to 10 MB each
							</div>
							{errors.evidence ? (
								<p id="evidence-error" className="govuk-error-message">
									<span className="govuk-visually-hidden">Error:</span> {errors.evidence}
								</p>
							) : null}
							<input className={`govuk-file-upload${errors.evidence ? ' govuk-file-upload--error' : ''}`} id="evidence-file" name="evidence" type="file" accept={evidenceAccept} aria-describedby={`evidence-hint${errors.evidence ? ' evidence-error' : ''}`} />
						</div>
						<Button text="Upload file" name="intent" value="upload" classes="govuk-button--secondary" />
					</Form>
				</div>
			</div>
		</>
	)
}

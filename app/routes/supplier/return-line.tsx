import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatDateTime } from '#app/domain/dates.ts'
import { formatQuantity } from '#app/domain/matrix/valuation.ts'
import {
	evidenceAccept,
	evidenceProblem,
	safeDownloadName,
	sniffEvidenceType,
} from '#app/domain/returns/evidence-type.ts'
import { milestoneStatusLabels, milestoneStatuses } from '#app/domain/returns/milestone-status.ts'
import {
	DELIVERED_TEXT_MAX,
	NARRATIVE_MAX,
	returnLineEntry,
	returnLineFields,
} from '#app/domain/returns/return-lines.ts'
import { supplierCanEditReturn } from '#app/domain/returns/return-state.ts'
import { quantityHint, type Unit } from '#app/domain/toms/units.ts'
import { deliveredByCommitment } from '#app/lib/contract-progress.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { requireOwnReturn } from '#app/routes/supplier/return-route.server.ts'
import { saveReturnLine, type NewEvidenceFile } from '#app/lib/return-lines.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { MAX_FORM_BYTES, readFormData } from '#app/routes/shared/read-form.server.ts'
import { CommitmentSummary } from '#app/components/commitment-summary.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import {
	checkboxesFieldProps,
	fileUploadFieldProps,
	inputFieldProps,
	radiosFieldProps,
	textareaFieldProps,
} from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { LineComments } from '#app/components/line-comments.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/return-line.ts'

/**
 * The answer and its files are one form, so no button loses what was typed: each saves the
 * answer, with the file to add if one was chosen. "Upload file" then comes back to this page,
 * and so does a file's Remove button. That button names its file by its place in the list:
 * the version the page was loaded at pins the list, so if anyone changed it meanwhile the
 * save is refused as out of date.
 */
function lineFormSchema(commitment: { qualitative: boolean; quantityUnit: Unit }) {
	return z.object({
		...returnLineFields(commitment),
		version: z.number().int().min(0),
		intent: z.enum(['save', 'upload']).default('save'),
		evidence: z.instanceof(File).optional(),
		remove: z.number().int().min(0).optional(),
	})
}

type LineFormSchema = ReturnType<typeof lineFormSchema>

// Typed by nobody: wrong only on a page that is out of date or was tampered with.
const UNSEEN_FIELDS = ['version', 'intent', 'remove']
// A file cannot be sent back to the page.
const HIDE_FIELDS = ['evidence']

function loadLine(request: Request, params: { returnId?: string; commitmentId?: string }) {
	const { user, loaded } = requireOwnReturn(request, params.returnId)
	const commitmentId = parseId(params.commitmentId)
	const commitment = loaded.commitments.find((c) => c.id === commitmentId)
	if (!commitment) throw new Response('Not found', { status: 404 })
	if (!supplierCanEditReturn(loaded.progressReturn.status))
		throw redirect(href('/returns/:returnId', { returnId: String(loaded.progressReturn.id) }))
	return { user, loaded, commitment }
}

/** The files kept for the commitment, in the order the page lists them. */
function lineEvidence(loaded: ReturnType<typeof loadLine>['loaded'], commitmentId: number) {
	return loaded.evidence.filter((e) => e.commitmentId === commitmentId)
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { loaded, commitment } = loadLine(request, params)
	const entry = loaded.lines.get(commitment.id)
	return {
		returnId: loaded.progressReturn.id,
		version: loaded.progressReturn.version,
		periodLabel: loaded.period.label,
		commitment,
		deliveredToDate: commitment.qualitative
			? null
			: (deliveredByCommitment(loaded.contract.id, loaded.progressReturn.id).get(commitment.id) ?? 0),
		values: {
			delivered: entry?.deliveredHundredths == null ? '' : formatQuantity(entry.deliveredHundredths).replace(/,/g, ''),
			deliveredText: entry?.deliveredText ?? '',
			milestoneStatus: entry?.milestoneStatus ?? '',
			narrative: entry?.narrative ?? '',
			mayPublish: entry?.mayPublish ? 'yes' : '',
		},
		evidence: lineEvidence(loaded, commitment.id),
		comments: loaded.comments.filter((c) => c.commitmentId === commitment.id),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, loaded, commitment } = loadLine(request, params)
	const ctx = { ip: context.clientIp, now: Date.now() }
	const returnId = loaded.progressReturn.id
	// Too large to read at all: the reply keeps nothing (what was typed stays on the page when
	// JavaScript sent it), but the page still says why.
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_FORM_BYTES)
		return data(
			{ result: { status: 'error' as const, error: { evidence: ['The selected file must be smaller than 10 MB'] } } },
			{ status: 400 },
		)
	const submission = parseWithZod(await readFormData(request), { schema: lineFormSchema(commitment) })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, UNSEEN_FIELDS, { hideFields: HIDE_FIELDS }) }, { status: 400 })
	const { intent, version, evidence: file, remove, ...answer } = submission.value
	const reply = (error: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }, status = 400) =>
		data({ result: submission.reply({ ...error, hideFields: HIDE_FIELDS }) }, { status })
	let evidence: NewEvidenceFile | undefined
	if (file) {
		const bytes = new Uint8Array(await file.arrayBuffer())
		const problem = evidenceProblem(file.name, bytes)
		const type = sniffEvidenceType(bytes)
		if (problem || !type)
			return reply({
				fieldErrors: { evidence: [problem ?? 'The selected file must be a PDF, PNG, JPEG, DOCX, XLSX or CSV'] },
			})
		evidence = { fileName: safeDownloadName(file.name, type), type, bytes }
	} else if (intent === 'upload') return reply({ fieldErrors: { evidence: ['Select a file to upload'] } })
	const removing = remove === undefined ? undefined : lineEvidence(loaded, commitment.id)[remove]
	if (remove !== undefined && !removing) return reply({ fieldErrors: { evidence: ['File not found'] } }, 404)
	const result = saveReturnLine(
		user,
		{
			returnId,
			commitmentId: commitment.id,
			version,
			entry: returnLineEntry(answer),
			evidence,
			removeEvidenceId: removing?.id,
		},
		ctx,
	)
	if (!result.ok)
		return reply(
			result.field === 'evidence' ? { fieldErrors: { evidence: [result.message] } } : { formErrors: [result.message] },
			result.status,
		)
	const linePage = href('/returns/:returnId/lines/:commitmentId', {
		returnId: String(returnId),
		commitmentId: String(commitment.id),
	})
	if (remove !== undefined) return redirect(withNotice(linePage, 'evidence-removed', { hash: 'evidence' }))
	if (intent === 'upload') return redirect(withNotice(linePage, 'evidence-added', { hash: 'evidence' }))
	return redirect(withNotice(href('/returns/:returnId', { returnId: String(returnId) }), 'return-saved'))
}

export default function ReturnLine({ loaderData, actionData }: Route.ComponentProps) {
	const { returnId, version, periodLabel, commitment, deliveredToDate, comments } = loaderData
	return (
		<>
			<BackLink href={href('/returns/:returnId', { returnId: String(returnId) })} text="Back to the return" />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					{/* A new version is a fresh start: the saved answers, and no file left chosen. */}
					<ReturnLineForm key={version} loaderData={loaderData} actionData={actionData}>
						<span className="govuk-caption-l">Progress return: {periodLabel}</span>
						<h1 className="govuk-heading-l">
							{commitment.measureCode}: {commitment.measureTitle}
						</h1>
						<CommitmentSummary commitment={commitment} deliveredToDate={deliveredToDate} />
						<LineComments comments={comments} />
					</ReturnLineForm>
				</div>
			</div>
		</>
	)
}

function ReturnLineForm({
	loaderData,
	actionData,
	children,
}: {
	loaderData: Route.ComponentProps['loaderData']
	actionData: Route.ComponentProps['actionData']
	children: React.ReactNode
}) {
	const { version, commitment, evidence, values } = loaderData
	const schema = lineFormSchema(commitment)
	const [form, fields] = useForm<z.input<LineFormSchema>, z.output<LineFormSchema>>({
		id: 'return-line',
		lastResult: actionData?.result,
		defaultValue: values,
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
	})
	const answerField = commitment.qualitative ? fields.deliveredText : fields.delivered
	const errors = collectErrors(
		[answerField, fields.milestoneStatus, fields.narrative, fields.evidence],
		form.errors,
		answerField.id,
	)
	const { key: deliveredTextKey, ...deliveredText } = textareaFieldProps(fields.deliveredText)
	const { key: deliveredKey, ...delivered } = inputFieldProps(fields.delivered)
	const { key: milestoneStatusKey, ...milestoneStatus } = radiosFieldProps(fields.milestoneStatus)
	const { key: narrativeKey, ...narrative } = textareaFieldProps(fields.narrative)
	const { key: mayPublishKey, ...mayPublish } = checkboxesFieldProps(fields.mayPublish)
	const { key: evidenceKey, ...evidenceFile } = fileUploadFieldProps(fields.evidence)
	return (
		<>
			<DocumentTitle title={`${commitment.measureCode}: ${commitment.measureTitle}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			{children}
			<Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
				<input type="hidden" name={fields.version.name} value={version} />
				{commitment.qualitative ? (
					<Textarea
						key={deliveredTextKey}
						{...deliveredText}
						label={{ text: 'What you delivered in this period', classes: 'govuk-label--s' }}
						hint={{ text: `Up to ${DELIVERED_TEXT_MAX.toLocaleString('en-GB')} characters` }}
						rows={3}
					/>
				) : (
					<Input
						key={deliveredKey}
						{...delivered}
						label={{ text: 'Quantity delivered in this period', classes: 'govuk-label--s' }}
						hint={{ text: `${quantityHint(commitment.quantityUnit)}. Enter 0 if none` }}
						inputmode="decimal"
						classes="govuk-input--width-10"
						spellcheck={false}
					/>
				)}
				<Radios
					key={milestoneStatusKey}
					{...milestoneStatus}
					fieldset={{ legend: { text: 'How the milestones stand', classes: 'govuk-fieldset__legend--s' } }}
					items={milestoneStatuses.map((status) => ({ value: status, text: milestoneStatusLabels[status] }))}
				/>
				<Textarea
					key={narrativeKey}
					{...narrative}
					label={{ text: 'What happened', classes: 'govuk-label--s' }}
					hint={{
						text: `What you did, who benefited, and anything that got in the way. Up to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters`,
					}}
					rows={6}
				/>
				<Checkboxes
					key={mayPublishKey}
					{...mayPublish}
					items={[
						{
							value: 'yes',
							text: 'The council may publish what happened',
							hint: {
								text: 'As a case study in its annual social value report. Leave out names of people who have not agreed.',
							},
						},
					]}
				/>
				<Button text="Save and return to the return" name="intent" value="save" />
				<h2 className="govuk-heading-m" id="evidence" tabIndex={-1}>
					Evidence
				</h2>
				<FileUpload
					key={evidenceKey}
					{...evidenceFile}
					label={{ text: 'Add a file', classes: 'govuk-label--s' }}
					hint={{ text: 'PDF, PNG, JPEG, DOCX, XLSX or CSV, up to 10 MB each. Your answers above are saved with it' }}
					attributes={{ accept: evidenceAccept }}
				/>
				<Button text="Upload file" name="intent" value="upload" classes="govuk-button--secondary" />
				{evidence.length === 0 ? (
					<p className="govuk-body">No files yet.</p>
				) : (
					// Each Remove button saves the answers above too, so nothing typed is lost.
					<ul className="govuk-list" aria-label="Evidence files">
						{evidence.map((file, place) => (
							<li key={file.id}>
								<a className="govuk-link" href={href('/evidence/:evidenceId', { evidenceId: String(file.id) })}>
									{file.fileName}
								</a>{' '}
								<span className="govuk-body-s">
									({Math.max(1, Math.round(file.sizeBytes / 1024))} KB, added {formatDateTime(file.uploadedAt)})
								</span>{' '}
								<Button
									name={fields.remove.name}
									value={String(place)}
									classes="govuk-button--secondary govuk-!-margin-bottom-0"
								>
									Remove<span className="govuk-visually-hidden"> {file.fileName}</span>
								</Button>
							</li>
						))}
					</ul>
				)}
			</Form>
		</>
	)
}

import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { SHEET_DATE } from '#app/domain/matrix/spreadsheet-layout.ts'
import { describeProblem, type SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { editRefusal } from '#app/lib/matrix-lines.server.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { uploadMatrixSpreadsheet } from '#app/lib/matrix-spreadsheet.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { fileUploadFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { withNotice } from '#app/components/notices.ts'
import { fileProblem, problemHead, problemRows } from './matrix-upload-problems.ts'
import type { Route } from './+types/matrix-upload.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024
const SUMMARY_LIMIT = 20
const TOO_LARGE = 'The file must be 5 MB or smaller'

const UploadSchema = z.object({
	version: z.number().int().min(0),
	file: z.file({ error: 'Select the spreadsheet to upload' }),
})

function loadEditable(request: Request, matrixIdParam: string | undefined) {
	const { user, workspace } = requireOwnMatrixWorkspace(request, matrixIdParam)
	const refusal = editRefusal(workspace.matrix, workspace.tender, Date.now())
	if (refusal) throw new Response(refusal, { status: 400 })
	return { user, workspace }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = loadEditable(request, params.matrixId)
	return {
		matrixId: workspace.matrix.id,
		version: workspace.matrix.version,
		tender: { reference: workspace.tender.reference, title: workspace.tender.title },
	}
}

/**
 * A file that was not uploaded: the form's reply, and every problem found, each at its sheet,
 * row and column where it has them. A file cannot be sent back to the page.
 */
function refused(result: SubmissionResult, problems: SheetProblem[], fileName: string | null, status = 400) {
	return data({ result, problems, fileName }, { status })
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = loadEditable(request, params.matrixId)
	// Too large to read at all: the page still says why.
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES)
		return refused({ status: 'error', error: { file: [TOO_LARGE] } }, [fileProblem(TOO_LARGE)], null)
	const submission = parseWithZod(await readFormData(request), { schema: UploadSchema })
	if (submission.status !== 'success') {
		const result = invalidFormReply(submission, ['version'], { hideFields: ['file'] })
		// When the version is wrong the page is out of date, and that is all it needs to say.
		const messages = result.error?.[''] ?? result.error?.file ?? [RELOAD_AND_TRY_AGAIN]
		return refused(result, messages.map(fileProblem), null)
	}
	const { version, file } = submission.value
	const uploaded = await uploadMatrixSpreadsheet(
		user,
		{ matrixId: workspace.matrix.id, version, bytes: new Uint8Array(await file.arrayBuffer()) },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!uploaded.ok) {
		const result = submission.reply({
			fieldErrors: { file: uploaded.problems.map(describeProblem) },
			hideFields: ['file'],
		})
		return refused(result, uploaded.problems, file.name, uploaded.status)
	}
	return redirect(withNotice(href('/matrices/:matrixId', { matrixId: String(workspace.matrix.id) }), 'matrix-uploaded'))
}

export default function MatrixUpload({ loaderData, actionData }: Route.ComponentProps) {
	const { matrixId, version, tender } = loaderData
	const [form, fields] = useForm<z.input<typeof UploadSchema>>({ id: 'matrix-upload', lastResult: actionData?.result })
	const file = fields.file
	const { key: fileKey, ...upload } = fileUploadFieldProps(file)
	const problems = actionData?.problems ?? []
	const hasErrors = problems.length > 0
	const summary = problems
		.slice(0, SUMMARY_LIMIT)
		.map((problem) => ({ text: describeProblem(problem), href: `#${file.id}` }))
	const matrixPage = href('/matrices/:matrixId', { matrixId: String(matrixId) })
	const inCells = problems.some((problem) => problem.row !== null)
	return (
		<>
			<BackLink href={matrixPage} text="Back to your matrix" />
			<DocumentTitle title="Upload your matrix from a spreadsheet" hasErrors={hasErrors} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={summary}
						descriptionText={`${actionData?.fileName ?? 'The file'} was not uploaded: nothing in your matrix has changed. ${
							problems.length > SUMMARY_LIMIT
								? `The first ${SUMMARY_LIMIT} of ${problems.length} problems are listed here; all are in the table below.`
								: 'Fix these problems and upload it again.'
						}`}
					/>
					<span className="govuk-caption-l">
						{tender.reference} · {tender.title}
					</span>
					<h1 className="govuk-heading-l">Upload your matrix from a spreadsheet</h1>
					<p className="govuk-body">
						Upload the spreadsheet of this matrix with your answers filled in. It replaces every line of your matrix
						with what the file holds, so a measure left empty in the file is cleared. If anything in the file is wrong,
						nothing changes and every problem is listed.
					</p>
					<p className="govuk-body">
						<a
							className="govuk-link"
							href={href('/matrices/:matrixId/spreadsheet', { matrixId: String(matrixId) })}
							download
						>
							Download your matrix as a spreadsheet
						</a>{' '}
						if you do not have it yet: it already holds your saved answers.
					</p>
					<InsetText>
						On the Commitments sheet, fill in the white columns: one row per measure. On the Milestones sheet, add one
						row per milestone with the measure’s code, the date (like {SHEET_DATE.example}) and the running total by
						then. Type values, not formulas. Files must be Excel (.xlsx) and 5 MB or smaller.
					</InsetText>
					<Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
						<input type="hidden" name={fields.version.name} value={version} />
						<FileUpload
							key={fileKey}
							{...upload}
							label={{ text: 'Upload a file', classes: 'govuk-label--s' }}
							// Every problem is in the summary and the table; the field says only what became of the file.
							errorMessage={hasErrors ? { text: 'The file was not uploaded' } : undefined}
							attributes={{ accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }}
						/>
						<Button text="Upload spreadsheet" />
					</Form>
				</div>
			</div>
			{inCells ? (
				<Table
					caption="Problems in the file"
					captionClasses="govuk-table__caption--m"
					head={problemHead}
					rows={problemRows(problems)}
				/>
			) : null}
		</>
	)
}

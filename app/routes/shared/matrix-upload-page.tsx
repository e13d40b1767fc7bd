import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import type { ReactNode } from 'react'
import { Form, data } from 'react-router'
import { z } from 'zod'
import { SHEET_DATE } from '#app/domain/matrix/spreadsheet-layout.ts'
import { describeProblem, type SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { fileProblem, problemHead, problemRows } from '#app/routes/supplier/matrix-upload-problems.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { fileUploadFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Table } from '#app/components/govuk/table.tsx'

// Uploading a Social Value Matrix spreadsheet: by the supplier for their bid, or by the council
// officer for a contract recorded directly. The same format, the same problems, cell by cell.

// The multipart envelope adds a little to the file itself.
const ENVELOPE_BYTES = 64 * 1024
const SUMMARY_LIMIT = 20
const TOO_LARGE = 'The file must be 5 MB or smaller'

const UploadSchema = z.object({
	version: z.number().int().min(0),
	file: z.file({ error: 'Select the spreadsheet to upload' }),
})

type Uploaded = { ok: true; lines: number } | { ok: false; status: 400 | 404 | 409; problems: SheetProblem[] }

/**
 * A file that was not uploaded: the form's reply, and every problem found, each at its sheet,
 * row and column where it has them. A file cannot be sent back to the page.
 */
function refused(result: SubmissionResult, problems: SheetProblem[], fileName: string | null, status = 400) {
	return data({ result, problems, fileName }, { status })
}

/**
 * Reads the upload form and hands the file to `upload`; the refusal to send back to the page,
 * or null once the matrix holds what the file did. The route passes in its server-only parts.
 */
export async function matrixUploadAction(
	request: Request,
	server: { readForm: (request: Request) => Promise<FormData>; maxFileBytes: number },
	upload: (input: { version: number; bytes: Uint8Array }) => Promise<Uploaded>,
) {
	// Too large to read at all: the page still says why.
	if (Number(request.headers.get('Content-Length') ?? 0) > server.maxFileBytes + ENVELOPE_BYTES)
		return refused({ status: 'error', error: { file: [TOO_LARGE] } }, [fileProblem(TOO_LARGE)], null)
	const submission = parseWithZod(await server.readForm(request), { schema: UploadSchema })
	if (submission.status !== 'success') {
		const result = invalidFormReply(submission, ['version'], { hideFields: ['file'] })
		// When the version is wrong the page is out of date, and that is all it needs to say.
		const messages = result.error?.[''] ?? result.error?.file ?? [RELOAD_AND_TRY_AGAIN]
		return refused(result, messages.map(fileProblem), null)
	}
	const { version, file } = submission.value
	const uploaded = await upload({ version, bytes: new Uint8Array(await file.arrayBuffer()) })
	if (uploaded.ok) return null
	const result = submission.reply({
		fieldErrors: { file: uploaded.problems.map(describeProblem) },
		hideFields: ['file'],
	})
	return refused(result, uploaded.problems, file.name, uploaded.status)
}

type UploadActionData = { result: SubmissionResult; problems: SheetProblem[]; fileName: string | null }

export function MatrixUploadPage({
	actionData,
	version,
	back,
	caption,
	title,
	intro,
	download,
	unchanged,
}: {
	actionData: UploadActionData | undefined
	version: number
	back: { href: string; text: string }
	caption: string
	title: string
	intro: ReactNode
	download: ReactNode
	/** What stayed as it was when a file is refused, like "your matrix". */
	unchanged: string
}) {
	const [form, fields] = useForm<z.input<typeof UploadSchema>>({
		id: 'matrix-upload',
		lastResult: actionData?.result as SubmissionResult<string[]> | undefined,
	})
	const file = fields.file
	const { key: fileKey, ...upload } = fileUploadFieldProps(file)
	const problems = actionData?.problems ?? []
	const hasErrors = problems.length > 0
	const summary = problems
		.slice(0, SUMMARY_LIMIT)
		.map((problem) => ({ text: describeProblem(problem), href: `#${file.id}` }))
	const inCells = problems.some((problem) => problem.row !== null)
	return (
		<>
			<BackLink href={back.href} text={back.text} />
			<DocumentTitle title={title} hasErrors={hasErrors} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={summary}
						descriptionText={`${actionData?.fileName ?? 'The file'} was not uploaded: nothing in ${unchanged} has changed. ${
							problems.length > SUMMARY_LIMIT
								? `The first ${SUMMARY_LIMIT} of ${problems.length} problems are listed here; all are in the table below.`
								: 'Fix these problems and upload it again.'
						}`}
					/>
					<span className="govuk-caption-l">{caption}</span>
					<h1 className="govuk-heading-l">{title}</h1>
					{intro}
					{download}
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

import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import {
	CSV_FIELDS,
	IMPORT_DATE_EXAMPLE,
	IMPORT_SHEETS,
	type ImportSheet,
} from '#app/domain/contracts/import/layout.ts'
import { describeProblem, type SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { readImportCsvFiles, readImportWorkbook } from '#app/lib/contract-import-file.server.ts'
import { checkImport, fileProblems, holdContractImport } from '#app/lib/contract-import.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { fileUploadFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Details } from '#app/components/govuk/details.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { problemHead, problemRows } from '#app/routes/supplier/matrix-upload-problems.ts'
import type { Route } from './+types/import.ts'

// The multipart envelope adds a little to the files themselves.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024
const SUMMARY_LIMIT = 20
const NO_FILE = 'Select the workbook to upload, or the CSV files of its sheets'

const optionalFile = z.file().optional()
const UploadSchema = z.object({
	file: optionalFile,
	contracts: optionalFile,
	commitments: optionalFile,
	milestones: optionalFile,
	delivery: optionalFile,
})

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	return null
}

function refused(result: SubmissionResult, problems: SheetProblem[], fileName: string | null) {
	return data({ result, problems, fileName }, { status: 400 })
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const tooLarge = 'The file must be 5 MB or smaller'
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES)
		return refused({ status: 'error', error: { file: [tooLarge] } }, fileProblems([tooLarge]), null)
	const submission = parseWithZod(await readFormData(request), { schema: UploadSchema })
	const noFile = () =>
		refused(submission.reply({ fieldErrors: { file: [NO_FILE] }, hideFields: ['file'] }), fileProblems([NO_FILE]), null)
	if (submission.status !== 'success') return noFile()
	const { file, ...csv } = submission.value
	const bytes = async (upload: File | undefined) => (upload ? new Uint8Array(await upload.arrayBuffer()) : undefined)
	let read
	let fileName: string
	if (file) {
		read = await readImportWorkbook((await bytes(file))!)
		fileName = file.name
	} else {
		const files: Partial<Record<ImportSheet, Uint8Array>> = {}
		for (const sheet of IMPORT_SHEETS) files[sheet] = await bytes(csv[CSV_FIELDS[sheet] as keyof typeof csv])
		if (!Object.values(files).some(Boolean)) return noFile()
		read = await readImportCsvFiles(files)
		fileName = Object.values(csv)
			.filter((upload): upload is File => upload !== undefined)
			.map((upload) => upload.name)
			.join(', ')
	}
	const now = Date.now()
	const checked = read.ok ? checkImport(admin.organisationId, read.sheets, now) : read
	if (!checked.ok) {
		const result = submission.reply({
			fieldErrors: { file: checked.problems.map(describeProblem) },
			hideFields: ['file'],
		})
		return refused(result, checked.problems, fileName)
	}
	const importId = holdContractImport(admin, fileName, checked.plan, { ip: context.clientIp, now })
	return redirect(href('/admin/contracts/import/:importId', { importId: String(importId) }), 303)
}

const templateLink = (format: string, text: string) => (
	<a className="govuk-link" href={href('/admin/contracts/import/template/:format', { format })} download>
		{text}
	</a>
)

export default function ContractsImport({ actionData }: Route.ComponentProps) {
	const [form, fields] = useForm<z.input<typeof UploadSchema>>({
		id: 'contracts-import',
		lastResult: actionData?.result,
	})
	const { key: fileKey, ...upload } = fileUploadFieldProps(fields.file)
	const problems = actionData?.problems ?? []
	const hasErrors = problems.length > 0
	const summary = problems
		.slice(0, SUMMARY_LIMIT)
		.map((problem) => ({ text: describeProblem(problem), href: `#${fields.file.id}` }))
	const inCells = problems.some((problem) => problem.row !== null)
	return (
		<>
			<DocumentTitle title="Import contracts from a spreadsheet" hasErrors={hasErrors} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={summary}
						descriptionText={`${actionData?.fileName ?? 'The file'} ${actionData?.fileName?.includes(', ') ? 'were' : 'was'} not imported: nothing has been created. ${
							problems.length > SUMMARY_LIMIT
								? `The first ${SUMMARY_LIMIT} of ${problems.length} problems are listed here; all are in the table below.`
								: 'Fix these problems and upload it again.'
						}`}
					/>
					<h1 className="govuk-heading-l">Import contracts from a spreadsheet</h1>
					<p className="govuk-body">
						Bring in the contracts the council already has: their suppliers, social value commitments, milestones and
						the delivery already reported and approved. You see everything the file will create before you confirm it.
						If anything in the file is wrong, nothing is created and every problem is listed.
					</p>
					<p className="govuk-body">
						Download the template as {templateLink('xlsx', 'an Excel workbook')}, or as CSV files:{' '}
						{templateLink('contracts-csv', 'contracts')}, {templateLink('commitments-csv', 'commitments')},{' '}
						{templateLink('milestones-csv', 'milestones')} and {templateLink('delivery-csv', 'past delivery')}.
					</p>
					<InsetText>
						One row per contract on the Contracts sheet, one per commitment on Commitments, one per milestone on
						Milestones and, if there is any, one per commitment and reporting period on Delivery. Type dates like{' '}
						{IMPORT_DATE_EXAMPLE}. Only approved delivery can be imported. Files must be 5 MB or smaller.
					</InsetText>
					<Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
						<FileUpload
							key={fileKey}
							{...upload}
							label={{ text: 'Upload the workbook', classes: 'govuk-label--s' }}
							hint={{ text: 'An Excel workbook (.xlsx) with the template’s sheets' }}
							errorMessage={hasErrors ? { text: 'The file was not imported' } : undefined}
							attributes={{ accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }}
						/>
						<Details summaryText="Upload CSV files instead">
							<p className="govuk-body">
								Save each sheet as its own CSV file (CSV UTF-8) and upload them here together. Leave the workbook field
								empty.
							</p>
							{IMPORT_SHEETS.map((sheet) => {
								const field = fields[CSV_FIELDS[sheet] as 'contracts']
								const { key, ...props } = fileUploadFieldProps(field)
								return (
									<FileUpload
										key={key}
										{...props}
										errorMessage={undefined}
										label={{ text: sheet === 'Delivery' ? 'Delivery (optional)' : sheet }}
										attributes={{ accept: '.csv,text/csv' }}
									/>
								)
							})}
						</Details>
						<Button text="Upload and check" preventDoubleClick />
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

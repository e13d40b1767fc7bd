import { Form, data, redirect, useActionData } from 'react-router'
import { SHEET_DATE } from '#app/domain/matrix/spreadsheet-layout.ts'
import { describeProblem, type SheetProblem } from '#app/domain/matrix/spreadsheet-rows.ts'
import { editRefusal } from '#app/lib/matrices.server.ts'
import { requireOwnMatrixWorkspace } from '#app/lib/matrix-route.server.ts'
import { uploadMatrixSpreadsheet } from '#app/lib/matrix-spreadsheet.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import type { Route } from './+types/matrix-upload.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024
const SUMMARY_LIMIT = 20

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

function failure(problems: SheetProblem[], fileName: string | null, status: 400 | 404 | 409 = 400) {
	return data({ problems, fileName }, { status })
}

function fileProblem(message: string): SheetProblem[] {
	return [{ sheet: null, row: null, column: null, message }]
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, workspace } = loadEditable(request, params.matrixId)
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES)
		return failure(fileProblem('The file must be 5 MB or smaller'), null)
	const formData = await readFormData(request)
	const file = formData.get('file')
	if (!(file instanceof File) || (file.size === 0 && file.name === ''))
		return failure(fileProblem('Select the spreadsheet to upload'), null)
	const result = await uploadMatrixSpreadsheet(
		user,
		{
			matrixId: workspace.matrix.id,
			version: Number(formData.get('version')),
			bytes: new Uint8Array(await file.arrayBuffer()),
		},
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) return failure(result.problems, file.name, result.status)
	return redirect(`/matrices/${workspace.matrix.id}?notice=matrix-uploaded`)
}

export default function MatrixUpload({ loaderData }: Route.ComponentProps) {
	const { matrixId, version, tender } = loaderData
	const actionData = useActionData<typeof action>()
	const problems = actionData?.problems ?? []
	const hasErrors = problems.length > 0
	const summary = problems.slice(0, SUMMARY_LIMIT).map((problem) => ({ text: describeProblem(problem), href: '#file' }))
	const inCells = problems.some((problem) => problem.row !== null)
	return (
		<>
			<BackLink href={`/matrices/${matrixId}`} text="Back to your matrix" />
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
						<a className="govuk-link" href={`/matrices/${matrixId}/spreadsheet`} download>
							Download your matrix as a spreadsheet
						</a>{' '}
						if you do not have it yet: it already holds your saved answers.
					</p>
					<InsetText>
						On the Commitments sheet, fill in the white columns: one row per measure. On the Milestones sheet, add one
						row per milestone with the measure’s code, the date (like {SHEET_DATE.example}) and the running total by
						then. Type values, not formulas. Files must be Excel (.xlsx) and 5 MB or smaller.
					</InsetText>
					<Form method="post" encType="multipart/form-data">
						<input type="hidden" name="version" value={version} />
						<div className={`govuk-form-group${hasErrors ? ' govuk-form-group--error' : ''}`}>
							<label className="govuk-label govuk-label--s" htmlFor="file">
								Upload a file
							</label>
							{hasErrors ? (
								<p id="file-error" className="govuk-error-message">
									<span className="govuk-visually-hidden">Error:</span> The file was not uploaded
								</p>
							) : null}
							<input
								className={`govuk-file-upload${hasErrors ? ' govuk-file-upload--error' : ''}`}
								id="file"
								name="file"
								type="file"
								accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
								aria-describedby={hasErrors ? 'file-error' : undefined}
							/>
						</div>
						<Button text="Upload spreadsheet" />
					</Form>
				</div>
			</div>
			{inCells ? (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-table__caption--m">Problems in the file</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Sheet
							</th>
							<th scope="col" className="govuk-table__header govuk-table__header--numeric">
								Row
							</th>
							<th scope="col" className="govuk-table__header">
								Column
							</th>
							<th scope="col" className="govuk-table__header">
								Problem
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{problems.map((problem, index) => (
							<tr className="govuk-table__row" key={index}>
								<td className="govuk-table__cell">{problem.sheet ?? ''}</td>
								<td className="govuk-table__cell govuk-table__cell--numeric">{problem.row ?? ''}</td>
								<td className="govuk-table__cell">{problem.column ?? ''}</td>
								<td className="govuk-table__cell">{problem.message}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : null}
		</>
	)
}

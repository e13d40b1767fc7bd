import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { RELOAD_AND_TRY_AGAIN } from '#app/routes/shared/form-reply.ts'
import { knownPriorityCodes } from '#app/lib/toms-editions.server.ts'
import { holdImport } from '#app/lib/toms-imports.server.ts'
import { MAX_IMPORT_BYTES, importEditionFile } from '#app/lib/toms-spreadsheet.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { ROUND_TO_PENNY_LABEL, type ImportError } from '#app/domain/toms/spreadsheet-rows.ts'
import { listUnits } from '#app/lib/units.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps, fileUploadFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { previewSearch } from './import-header-row.ts'
import { problemHead, problemRows } from './rows.tsx'
import { draftEditionOr404 } from './draft-edition.server.ts'
import type { Route } from './+types/import.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024

const ROUND_FIELD = 'roundToPenny'

/** The file, and whether to round proxy values to the penny. */
const ImportSchema = z.object({
	file: z.file({ error: 'Select a CSV or Excel file' }),
	[ROUND_FIELD]: z.literal('yes', { error: RELOAD_AND_TRY_AGAIN }).optional(),
})

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	return { edition: { id: edition.id, name: edition.name } }
}

type ImportFailure = {
	/** The form as it was sent; absent when it was never read. */
	result?: SubmissionResult
	/** What is wrong with the file, in the order of the file. */
	problems: ImportError[]
	fileName: string | null
}

function failure(problems: ImportError[], fileName: string | null, result?: SubmissionResult) {
	return data<ImportFailure>({ problems, fileName, result }, { status: 400 })
}

const fileProblem = (message: string): ImportError => ({ row: null, column: null, message })

export async function action({ request, params }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES) {
		return failure([fileProblem('The file must be 5 MB or smaller')], null)
	}
	const submission = parseWithZod(await readFormData(request), { schema: ImportSchema })
	if (submission.status !== 'success') {
		const problems = Object.values(submission.error ?? {}).flatMap((messages) => messages ?? [])
		const { file } = submission.payload
		const fileName = file instanceof File && file.name !== '' ? file.name : null
		return failure([...new Set(problems)].map(fileProblem), fileName, submission.reply())
	}
	const { value } = submission
	const bytes = new Uint8Array(await value.file.arrayBuffer())
	const imported = await importEditionFile(
		{ name: value.file.name, type: value.file.type, bytes },
		knownPriorityCodes(admin.organisationId),
		{ roundToPenny: value[ROUND_FIELD] === 'yes', units: listUnits(admin.organisationId) },
	)
	if (!imported.ok) return failure(imported.errors, value.file.name, submission.reply())
	const importId = holdImport(
		admin,
		edition.id,
		{
			fileName: value.file.name,
			content: imported.content,
			rounded: imported.rounded,
			unmatchedUnits: imported.unmatchedUnits,
		},
		Date.now(),
	)
	if (importId === null) throw new Response('Not found', { status: 404 })
	const ids = { editionId: String(edition.id), importId: String(importId) }
	// Units the council does not have are settled first, once each, for the whole file.
	const next =
		imported.unmatchedUnits.length > 0
			? href('/admin/toms/:editionId/import/:importId/units', ids)
			: href('/admin/toms/:editionId/import/:importId', ids)
	return redirect(`${next}${previewSearch(imported.headerRow)}`, 303)
}

/** A problem as the error summary lists it: where it is in the file, then what it is. */
function problemSummary(problem: ImportError) {
	if (problem.row === null) return problem.message
	return `Row ${problem.row}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`
}

export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition } = loaderData
	const [form, fields] = useForm<z.input<typeof ImportSchema>>({
		id: 'import',
		lastResult: actionData?.result,
	})
	const problems = actionData?.problems ?? []
	const { key: roundKey, ...round } = checkboxesFieldProps(fields[ROUND_FIELD])
	const { key: fileKey, ...upload } = fileUploadFieldProps(fields.file)
	const summary = problems
		.slice(0, 20)
		.map((problem) => ({ text: problemSummary(problem), href: `#${fields.file.id}` }))
	return (
		<>
			<BackLink
				href={href('/admin/toms/:editionId', { editionId: String(edition.id) })}
				text={`Back to ${edition.name}`}
			/>
			<DocumentTitle title="Import measures from a spreadsheet" hasErrors={summary.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={summary}
						descriptionText={`${actionData?.fileName ?? 'The file'} was not imported: nothing has changed. ${problems.length > 20 ? `The first 20 of ${problems.length} problems are listed here; all are in the table below.` : 'Fix these problems and upload it again.'}`}
					/>
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Import measures from a spreadsheet</h1>
					<p className="govuk-body">
						Upload a CSV or Excel (.xlsx) file with one row per measure. It replaces everything in this draft: themes,
						outcomes and measures. If any row has a problem, nothing changes and every problem is listed. Otherwise you
						see what the file would change, including any changes made by hand it would overwrite, before you confirm
						the import.
					</p>
					<p className="govuk-body">
						Download a template as{' '}
						<a className="govuk-link" href={href('/admin/toms/template/:format', { format: 'csv' })} download>
							CSV
						</a>{' '}
						or{' '}
						<a className="govuk-link" href={href('/admin/toms/template/:format', { format: 'xlsx' })} download>
							Excel
						</a>
						, or export an existing edition and change it.
					</p>
					<InsetText>
						Columns: theme, outcome, code, title, unit, proxy_value_gbp, guidance, evidence_guidance, priorities. Units
						can be written as their key (for example expert_hours) or label (Expert hours). Leave proxy_value_gbp empty
						for record-only and text measures. Separate council priority codes with “;”. Files must be 5 MB or smaller.
					</InsetText>
					<Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
						<FileUpload
							key={fileKey}
							{...upload}
							label={{ text: 'Upload a file', classes: 'govuk-label--s' }}
							// Every problem is in the summary and the table; the field says only what became of the file.
							errorMessage={problems.length > 0 ? { text: 'The file was not imported' } : undefined}
							attributes={{
								accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
							}}
						/>
						<Checkboxes
							key={roundKey}
							{...round}
							classes="govuk-checkboxes--small"
							items={[
								{
									value: 'yes',
									text: ROUND_TO_PENNY_LABEL,
									hint: {
										text: 'A proxy value with fractions of a penny, as a formula can give, is rounded to the nearest penny: half a penny or more rounds up, so £17.575 becomes £17.58',
									},
								},
							]}
						/>
						<Button text="Import file" />
					</Form>
				</div>
			</div>
			{problems.some((problem) => problem.row !== null) ? (
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

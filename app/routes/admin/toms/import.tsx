import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { RELOAD_AND_TRY_AGAIN } from '#app/lib/form-reply.ts'
import { parseId } from '#app/lib/route-params.ts'
import { knownPriorityCodes, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { MAX_IMPORT_BYTES, importEditionFile } from '#app/lib/toms-spreadsheet.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { countContent } from '#app/domain/toms/content.ts'
import {
	REPLACE_CONFIRMATION_LABEL,
	REPLACE_NOT_CONFIRMED,
	replacingNeedsConfirmation,
	replacingWarning,
} from '#app/domain/toms/import-confirmation.ts'
import { ROUND_TO_PENNY_LABEL, type ImportError } from '#app/domain/toms/spreadsheet-rows.ts'
import { importedNotice, withNotice } from '#app/components/notices.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import type { Route } from './+types/import.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024

const REPLACE_FIELD = 'replaceConfirmed'
const ROUND_FIELD = 'roundToPenny'
const ticked = (message: string) => z.literal('yes', { error: message })

/** The file, and the boxes: rounding is a choice; replacing a draft that holds anything must be confirmed. */
function importSchema(mustConfirmReplacing: boolean) {
	return z.object({
		file: z.file({ error: 'Select a CSV or Excel file' }),
		[REPLACE_FIELD]: mustConfirmReplacing ? ticked(REPLACE_NOT_CONFIRMED) : ticked(RELOAD_AND_TRY_AGAIN).optional(),
		[ROUND_FIELD]: ticked(RELOAD_AND_TRY_AGAIN).optional(),
	})
}

function draftOr404(param: string | undefined) {
	const edition = getEdition(parseId(param))
	if (!edition || edition.status !== 'draft') throw new Response('Not found', { status: 404 })
	return edition
}

/** What importing would replace, when the draft holds anything. */
function replacing(editionId: number) {
	const existing = countContent(loadEditionTree(editionId))
	return replacingNeedsConfirmation(existing) ? replacingWarning(existing) : null
}

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = draftOr404(params.editionId)
	return { edition: { id: edition.id, name: edition.name }, replacing: replacing(edition.id) }
}

// The draft may have gained content since the page was loaded; it must then ask to replace it.
export function shouldRevalidate() {
	return true
}

type Choices = { roundToPenny: boolean; replaceConfirmed: boolean }
const NO_CHOICES: Choices = { roundToPenny: false, replaceConfirmed: false }

function failure(
	errors: ImportError[],
	fileName: string | null,
	choices = NO_CHOICES,
	confirmError: string | null = null,
) {
	return data({ errors, fileName, choices, confirmError }, { status: 400 })
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftOr404(params.editionId)
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES) {
		return failure([{ row: null, column: null, message: 'The file must be 5 MB or smaller' }], null)
	}
	const formData = await readFormData(request)
	const submission = parseWithZod(formData, { schema: importSchema(replacing(edition.id) !== null) })
	const choices = {
		roundToPenny: formData.get(ROUND_FIELD) === 'yes',
		replaceConfirmed: formData.get(REPLACE_FIELD) === 'yes',
	}
	const fieldErrors = Object.entries(submission.status === 'success' ? {} : (submission.error ?? {}))
	const confirmError = fieldErrors.find(([name]) => name === REPLACE_FIELD)?.[1]?.[0] ?? null
	const formErrors = [
		...new Set(fieldErrors.flatMap(([name, messages]) => (name === REPLACE_FIELD ? [] : (messages ?? [])))),
	]
	const file = formData.get('file')
	if (formErrors.length > 0 || !(file instanceof File)) {
		return failure(
			formErrors.map((message) => ({ row: null, column: null, message })),
			file instanceof File && file.name !== '' ? file.name : null,
			choices,
			confirmError,
		)
	}
	// The file is checked even before replacing is confirmed, so every problem is told at once.
	const bytes = new Uint8Array(await file.arrayBuffer())
	const imported = await importEditionFile({ name: file.name, type: file.type, bytes }, knownPriorityCodes(), {
		roundToPenny: choices.roundToPenny,
	})
	if (!imported.ok || confirmError) return failure(imported.ok ? [] : imported.errors, file.name, choices, confirmError)
	const saved = replaceEditionContent(
		admin,
		edition.id,
		imported.content,
		{ ip: context.clientIp, now: Date.now() },
		{ replaceConfirmed: choices.replaceConfirmed },
	)
	if (!saved.ok) {
		return saved.field === REPLACE_FIELD
			? failure([], file.name, choices, saved.message)
			: failure([{ row: null, column: null, message: saved.message }], file.name, choices)
	}
	return redirect(
		withNotice(href('/admin/toms/:editionId', { editionId: String(edition.id) }), importedNotice(imported.headerRow)),
	)
}

export default function ImportPage({ loaderData }: Route.ComponentProps) {
	const { edition, replacing } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData?.errors ?? []
	const confirmError = actionData?.confirmError ?? null
	const choices = actionData?.choices ?? { roundToPenny: false, replaceConfirmed: false }
	// In the order of the page: the file, then the box.
	const summary = [
		...errors.slice(0, 20).map((error) => ({
			text:
				error.row === null
					? error.message
					: `Row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.message}`,
			href: '#file',
		})),
		...(confirmError ? [{ text: confirmError, href: `#${REPLACE_FIELD}` }] : []),
	]
	return (
		<>
			<BackLink href={`/admin/toms/${edition.id}`} text={`Back to ${edition.name}`} />
			<DocumentTitle title="Import measures from a spreadsheet" hasErrors={summary.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={summary}
						descriptionText={`${actionData?.fileName ?? 'The file'} was not imported: nothing has changed. ${errors.length > 20 ? `The first 20 of ${errors.length} problems are listed here; all are in the table below.` : 'Fix these problems and upload it again.'}`}
					/>
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Import measures from a spreadsheet</h1>
					<p className="govuk-body">
						Upload a CSV or Excel (.xlsx) file with one row per measure. It replaces everything in this draft: themes,
						outcomes and measures. If any row has a problem, nothing changes and every problem is listed.
					</p>
					<p className="govuk-body">
						Download a template as{' '}
						<a className="govuk-link" href="/admin/toms/template/csv" download>
							CSV
						</a>{' '}
						or{' '}
						<a className="govuk-link" href="/admin/toms/template/xlsx" download>
							Excel
						</a>
						, or export an existing edition and change it.
					</p>
					<InsetText>
						Columns: theme, outcome, code, title, unit, proxy_value_gbp, guidance, evidence_guidance, priorities. Units
						can be written as their key (for example expert_hours) or label (Expert hours). Leave proxy_value_gbp empty
						for record-only and text measures. Separate council priority codes with “;”. Files must be 5 MB or smaller.
					</InsetText>
					{replacing ? <WarningText text={replacing} /> : null}
					<Form method="post" encType="multipart/form-data">
						<div className={`govuk-form-group${errors.length > 0 ? ' govuk-form-group--error' : ''}`}>
							<label className="govuk-label govuk-label--s" htmlFor="file">
								Upload a file
							</label>
							{errors.length > 0 ? (
								<p id="file-error" className="govuk-error-message">
									<span className="govuk-visually-hidden">Error:</span> The file was not imported
								</p>
							) : null}
							<input
								className={`govuk-file-upload${errors.length > 0 ? ' govuk-file-upload--error' : ''}`}
								id="file"
								name="file"
								type="file"
								accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
								aria-describedby={errors.length > 0 ? 'file-error' : undefined}
							/>
						</div>
						<Checkboxes
							name={ROUND_FIELD}
							classes="govuk-checkboxes--small"
							items={[
								{
									value: 'yes',
									text: ROUND_TO_PENNY_LABEL,
									hint: {
										text: 'A proxy value with fractions of a penny, as a formula can give, is rounded to the nearest penny: half a penny or more rounds up, so £17.575 becomes £17.58',
									},
									checked: choices.roundToPenny,
								},
							]}
						/>
						{replacing ? (
							<Checkboxes
								name={REPLACE_FIELD}
								errorMessage={confirmError ? { text: confirmError } : undefined}
								items={[{ value: 'yes', text: REPLACE_CONFIRMATION_LABEL, checked: choices.replaceConfirmed }]}
							/>
						) : null}
						<Button text="Import file" />
					</Form>
				</div>
			</div>
			{errors.length > 0 && errors.some((error) => error.row !== null) ? (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-table__caption--m">Problems in the file</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
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
						{errors.map((error, index) => (
							<tr className="govuk-table__row" key={index}>
								<td className="govuk-table__cell govuk-table__cell--numeric">{error.row ?? ''}</td>
								<td className="govuk-table__cell">{error.column ?? ''}</td>
								<td className="govuk-table__cell">{error.message}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : null}
		</>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { isUnchanged } from '#app/domain/toms/edition-diff.ts'
import {
	IMPORT_STALE,
	REPLACE_CONFIRMATION_LABEL,
	replacingNeedsConfirmation,
	replacingWarning,
} from '#app/domain/toms/import-confirmation.ts'
import { previewCounts } from '#app/domain/toms/import-preview.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { confirmHeldImport, discardHeldImport, previewHeldImport } from '#app/lib/toms-imports.server.ts'
import { unitCatalogue } from '#app/lib/units.server.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply, refusalReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table, type TableCell } from '#app/components/govuk/table.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { importedNotice, withNotice } from '#app/components/notices.ts'
import { headerRowOf } from './import-header-row.ts'
import {
	changedMeasureHead,
	changedMeasureRows,
	handEditHead,
	handEditRows,
	handEditsWarning,
	outcomeHead,
	outcomeRows,
	placedMeasureHead,
	placedMeasureRows,
	roundedHead,
	roundedRows,
	summaryRows,
	themeHead,
	themeRows,
} from './import-preview-rows.ts'
import type { Route } from './+types/import-preview.ts'

const REPLACE_FIELD = 'replaceConfirmed'

const PreviewSchema = z.discriminatedUnion('intent', [
	z.object({
		intent: z.literal('confirm'),
		[REPLACE_FIELD]: z.literal('yes', { error: RELOAD_AND_TRY_AGAIN }).optional(),
	}),
	z.object({ intent: z.literal('back') }),
])

/** The held import the address names, of the council's draft, with what it would change; a 404 for any other. */
function previewOr404(councilId: number, params: { editionId?: string; importId?: string }) {
	const shown = previewHeldImport(councilId, parseId(params.editionId), parseId(params.importId))
	if (!shown) throw new Response('Not found', { status: 404 })
	return shown
}

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const { held, edition, preview, baseline, draftCounts, stale } = previewOr404(admin.organisationId, params)
	// The file's own units are settled first, on their page.
	if (held.unmatchedUnits.length > 0) {
		const ids = { editionId: String(edition.id), importId: String(held.id) }
		throw redirect(`${href('/admin/toms/:editionId/import/:importId/units', ids)}${new URL(request.url).search}`)
	}
	const { diff, handEdits } = preview
	const units = unitCatalogue(admin.organisationId)
	// Shaped here, so the page carries the cells it shows rather than every measure twice over.
	return {
		edition: { id: edition.id, name: edition.name },
		fileName: held.fileName,
		headerRow: headerRowOf(new URL(request.url)),
		stale,
		unchanged: isUnchanged(diff),
		summary: summaryRows(previewCounts(preview, held.rounded)),
		handEditWarning: handEdits.length > 0 ? handEditsWarning(handEdits.length, baseline) : null,
		tables: {
			handEdits: handEditRows(handEdits, units),
			themes: themeRows(diff.themes),
			outcomes: outcomeRows(diff.outcomes),
			added: placedMeasureRows(diff.measures.added, units),
			removed: placedMeasureRows(diff.measures.removed, units),
			changed: changedMeasureRows(diff.measures.changed, units),
			rounded: roundedRows(held.rounded),
		},
		replacing: replacingNeedsConfirmation(draftCounts) ? replacingWarning(draftCounts) : null,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const { held, edition } = previewOr404(admin.organisationId, params)
	const submission = parseWithZod(await readFormData(request), { schema: PreviewSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent']) }, { status: 400 })
	const editionId = String(edition.id)
	if (submission.value.intent === 'back') {
		discardHeldImport(admin.organisationId, edition.id, held.id)
		return redirect(href('/admin/toms/:editionId/import', { editionId }), 303)
	}
	const confirmed = confirmHeldImport(
		admin,
		edition.id,
		held.id,
		{ ip: context.clientIp, now: Date.now() },
		{ replaceConfirmed: submission.value[REPLACE_FIELD] === 'yes' },
	)
	if (!confirmed.ok) {
		return data(
			{ result: refusalReply(submission, confirmed) },
			{ status: confirmed.message === IMPORT_STALE ? 409 : 400 },
		)
	}
	const notice = importedNotice({ headerRow: headerRowOf(new URL(request.url)), roundedCount: confirmed.roundedCount })
	return redirect(withNotice(href('/admin/toms/:editionId', { editionId }), notice), 303)
}

function ChangeTable({ caption, head, rows }: { caption: string; head: TableCell[]; rows: TableCell[][] }) {
	if (rows.length === 0) return null
	return <Table caption={caption} captionClasses="govuk-table__caption--m" head={head} rows={rows} />
}

export default function ImportPreviewPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, fileName, headerRow, stale, unchanged, summary, handEditWarning, tables, replacing } = loaderData
	const [form, fields] = useForm<z.input<typeof PreviewSchema>>({
		id: 'import-preview',
		lastResult: actionData?.result,
	})
	const { key: confirmKey, ...confirm } = checkboxesFieldProps(fields[REPLACE_FIELD])
	const errors = collectErrors([fields[REPLACE_FIELD]], form.errors, 'import-decision')
	return (
		<>
			<DocumentTitle title="Check what the import will change" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Check what the import will change</h1>
					<p className="govuk-body">
						{fileName} has been read. Nothing in the draft has changed yet: check what importing the file would change,
						then confirm the import or go back.
					</p>
					{headerRow > 1 ? (
						<InsetText>The header row was row {headerRow}: the rows above it were skipped.</InsetText>
					) : null}
					{stale ? <WarningText text={IMPORT_STALE} /> : null}
					<SummaryList rows={summary} />
					{handEditWarning ? <WarningText text={handEditWarning} /> : null}
					{unchanged ? (
						<InsetText>The file holds exactly what the draft holds: importing it changes nothing.</InsetText>
					) : null}
				</div>
			</div>
			<ChangeTable
				caption="Changes made by hand that the import overwrites"
				head={handEditHead}
				rows={tables.handEdits}
			/>
			<ChangeTable caption="Themes added and removed" head={themeHead} rows={tables.themes} />
			<ChangeTable caption="Outcomes added and removed" head={outcomeHead} rows={tables.outcomes} />
			<ChangeTable caption="Measures added" head={placedMeasureHead} rows={tables.added} />
			<ChangeTable caption="Measures removed" head={placedMeasureHead} rows={tables.removed} />
			<ChangeTable caption="Measures changed" head={changedMeasureHead} rows={tables.changed} />
			<ChangeTable caption="Proxy values rounded to the penny" head={roundedHead} rows={tables.rounded} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds" id="import-decision" tabIndex={-1}>
					<Form method="post" {...getFormProps(form)}>
						{replacing ? (
							<>
								<WarningText text={replacing} />
								<Checkboxes
									key={confirmKey}
									{...confirm}
									items={[{ value: 'yes', text: REPLACE_CONFIRMATION_LABEL }]}
								/>
							</>
						) : null}
						<div className="govuk-button-group">
							<Button text="Confirm and import" name="intent" value="confirm" preventDoubleClick />
							<Button text="Go back" name="intent" value="back" classes="govuk-button--secondary" />
						</div>
					</Form>
				</div>
			</div>
		</>
	)
}

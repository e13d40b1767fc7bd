import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { requireRole } from '#app/lib/auth.server.ts'
import { confirmContractImport } from '#app/lib/contract-import-confirm.server.ts'
import { discardContractImport, findHeldContractImport } from '#app/lib/contract-import.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { withNotice } from '#app/components/notices.ts'
import {
	confirmationText,
	contractHead,
	contractRows,
	countRows,
	supplierHead,
	supplierRows,
} from './import-preview-rows.ts'
import type { Route } from './+types/import-preview.ts'

const DecisionSchema = z.object({ intent: z.enum(['confirm', 'discard']) })

/** The admin's own council's held import: another council's is not found. */
function heldOr404(councilId: number, importId: string | undefined) {
	const held = findHeldContractImport(councilId, parseId(importId))
	if (!held) throw new Response('Not found', { status: 404 })
	return held
}

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const held = heldOr404(admin.organisationId, params.importId)
	return {
		fileName: held.fileName,
		confirmText: confirmationText(held.counts),
		counts: countRows(held.counts),
		suppliers: supplierRows(held.plan),
		contracts: contractRows(held.plan),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const held = heldOr404(admin.organisationId, params.importId)
	const submission = parseWithZod(await readFormData(request), { schema: DecisionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent']) }, { status: 400 })
	const ctx = { ip: context.clientIp, now: Date.now() }
	if (submission.value.intent === 'discard') {
		discardContractImport(admin, held.id, ctx)
		return redirect(href('/admin/contracts/import'), 303)
	}
	const confirmed = confirmContractImport(admin, held.id, ctx)
	if (!confirmed.ok)
		return data({ result: submission.reply({ formErrors: confirmed.messages }) }, { status: confirmed.status })
	return redirect(withNotice(href('/manage'), 'contracts-imported'), 303)
}

export default function ContractsImportPreview({ loaderData, actionData }: Route.ComponentProps) {
	const { fileName, confirmText, counts, suppliers, contracts } = loaderData
	const [form] = useForm<z.input<typeof DecisionSchema>>({ id: 'import-decision', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'import-decision-buttons')
	return (
		<>
			<BackLink href={href('/admin/contracts/import')} text="Back to the upload" />
			<DocumentTitle title="Check what the import will create" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Check what the import will create</h1>
					<p className="govuk-body">
						{fileName} has been read and checked. Nothing has been created yet: check what the import will create, then
						confirm it or discard the file.
					</p>
					<SummaryList rows={counts} />
				</div>
			</div>
			<Table
				caption="Supplier organisations"
				captionClasses="govuk-table__caption--m"
				head={supplierHead}
				rows={suppliers}
			/>
			<Table caption="Contracts" captionClasses="govuk-table__caption--m" head={contractHead} rows={contracts} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds" id="import-decision-buttons" tabIndex={-1}>
					<p className="govuk-body">
						New organisations’ contacts are invited by email to claim them. Past delivery becomes approved returns
						marked as imported, counted in the dashboards and the annual report.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<div className="govuk-button-group">
							<Button text={confirmText} name="intent" value="confirm" preventDoubleClick />
							<Button text="Discard the file" name="intent" value="discard" classes="govuk-button--secondary" />
						</div>
					</Form>
				</div>
			</div>
		</>
	)
}

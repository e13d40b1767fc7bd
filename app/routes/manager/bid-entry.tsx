import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import type { z } from 'zod'
import { BidEntrySchema, bidderOf } from '#app/domain/matrix/bid-entry-form.ts'
import { SHEET_DATE } from '#app/domain/matrix/spreadsheet-layout.ts'
import { describeProblem, type SheetProblem } from '#app/domain/matrix/spreadsheet-problems.ts'
import { supplierTypeLabels } from '#app/domain/suppliers/registration.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import {
	enterBidderMatrix,
	enterableTender,
	enteredBidsMark,
	supplierOrganisations,
} from '#app/lib/entered-matrices.server.ts'
import { MAX_IMPORT_BYTES } from '#app/lib/toms-spreadsheet.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { fileProblem, problemHead, problemRows } from '#app/routes/supplier/matrix-upload-problems.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import {
	checkboxesFieldProps,
	fileUploadFieldProps,
	inputFieldProps,
	radiosFieldProps,
	selectFieldProps,
} from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { FileUpload } from '#app/components/govuk/file-upload.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/bid-entry.ts'

// The multipart envelope adds a little to the file itself.
const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024
const SUMMARY_LIMIT = 20
const TOO_LARGE = 'The file must be 5 MB or smaller'

/** The officer and a tender they may enter bids for now, or the response saying why not. */
function loadEnterable(request: Request, tenderIdParam: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const found = enterableTender(user, parseId(tenderIdParam))
	if (!found.ok) throw new Response(found.message, { status: found.status })
	return { user, tender: found.tender }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { tender } = loadEnterable(request, params.tenderId)
	return {
		tender: { id: tender.id, reference: tender.reference, title: tender.title },
		suppliers: supplierOrganisations(),
		seenMark: enteredBidsMark(tender.id),
	}
}

/** A matrix that was not entered: the form's reply and every problem with the file. A file cannot be sent back. */
function refused(result: SubmissionResult, problems: SheetProblem[], fileName: string | null, status = 400) {
	return data({ result, problems, fileName }, { status })
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, tender } = loadEnterable(request, params.tenderId)
	if (Number(request.headers.get('Content-Length') ?? 0) > MAX_REQUEST_BYTES)
		return refused({ status: 'error', error: { file: [TOO_LARGE] } }, [fileProblem(TOO_LARGE)], null)
	const submission = parseWithZod(await readFormData(request), { schema: BidEntrySchema })
	if (submission.status !== 'success') {
		const result = invalidFormReply(submission, [], { hideFields: ['file'] })
		return refused(result, (result.error?.file ?? []).map(fileProblem), null)
	}
	const { file } = submission.value
	const entered = await enterBidderMatrix(
		user,
		{
			tenderId: tender.id,
			bidder: bidderOf(submission.value),
			bytes: new Uint8Array(await file.arrayBuffer()),
			declarationsConfirmed: true,
			seenMark: submission.value.seenMark,
		},
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!entered.ok) {
		const messages = entered.problems.map(describeProblem)
		if (entered.field !== null) {
			// The service names the organisation's name plainly; the form beside the bidder choice does not.
			const field = entered.field === 'name' ? 'organisationName' : entered.field
			const result = submission.reply({ fieldErrors: { [field]: messages }, hideFields: ['file'] })
			return refused(result, [], null, entered.status)
		}
		const result = submission.reply({ fieldErrors: { file: messages }, hideFields: ['file'] })
		return refused(result, entered.problems, file.name, entered.status)
	}
	const page = href('/manage/tenders/:tenderId', { tenderId: String(tender.id) })
	return redirect(withNotice(page, entered.step === 'create' ? 'bid-entered' : 'bid-replaced'))
}

export default function BidEntry({ loaderData, actionData }: Route.ComponentProps) {
	const { tender, suppliers, seenMark } = loaderData
	const [form, fields] = useForm<z.input<typeof BidEntrySchema>>({
		id: 'bid-entry',
		lastResult: actionData?.result,
		defaultValue: { bidder: suppliers.length > 0 ? 'existing' : 'new' },
	})
	const problems = actionData?.problems ?? []
	const fileErrors = problems
		.slice(0, SUMMARY_LIMIT)
		.map((problem) => ({ text: describeProblem(problem), href: `#${fields.file.id}` }))
	const errors = [
		...collectErrors(
			[
				fields.bidder,
				fields.organisationId,
				fields.organisationName,
				fields.supplierType,
				fields.registrationNumber,
				fields.contactName,
				fields.contactEmail,
				fields.declarations,
			],
			form.errors,
			fields.bidder.id,
		),
		...fileErrors,
	]
	const { key: bidderKey, ...bidder } = radiosFieldProps(fields.bidder)
	const { key: organisationKey, ...organisation } = selectFieldProps(fields.organisationId)
	const { key: nameKey, ...organisationName } = inputFieldProps(fields.organisationName)
	const { key: typeKey, ...supplierType } = radiosFieldProps(fields.supplierType)
	const { key: numberKey, ...registrationNumber } = inputFieldProps(fields.registrationNumber)
	const { key: contactKey, ...contactName } = inputFieldProps(fields.contactName)
	const { key: emailKey, ...contactEmail } = inputFieldProps(fields.contactEmail, 'email')
	const { key: declarationsKey, ...declarations } = checkboxesFieldProps(fields.declarations)
	const { key: fileKey, ...upload } = fileUploadFieldProps(fields.file)
	const tenderId = String(tender.id)
	const inCells = problems.some((problem) => problem.row !== null)
	return (
		<>
			<BackLink href={href('/manage/tenders/:tenderId', { tenderId })} text="Back to the tender" />
			<DocumentTitle title="Add a bidder’s matrix" hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary
						errors={errors}
						descriptionText={
							problems.length > 0
								? `${actionData?.fileName ?? 'The file'} was not entered: nothing has changed. ${
										problems.length > SUMMARY_LIMIT
											? `The first ${SUMMARY_LIMIT} of ${problems.length} problems are listed here; all are in the table below.`
											: 'Fix these problems and upload it again.'
									}`
								: undefined
						}
					/>
					<span className="govuk-caption-l">
						{tender.reference} · {tender.title}
					</span>
					<h1 className="govuk-heading-l">Add a bidder’s matrix</h1>
					<p className="govuk-body">
						Bids for this tender are received in another system. Upload each bidder’s social value matrix here on their
						behalf: it is entered as submitted, in your name, and scored and decided like any other. Uploading again for
						the same bidder replaces their matrix until its review starts.
					</p>
					<p className="govuk-body">
						<a className="govuk-link" href={href('/manage/tenders/:tenderId/matrix-template', { tenderId })} download>
							Download the blank matrix spreadsheet
						</a>{' '}
						to send to bidders with the tender documents.
					</p>
					<Form method="post" encType="multipart/form-data" {...getFormProps(form)}>
						<input type="hidden" name={fields.seenMark.name} value={seenMark} />
						<Radios
							key={bidderKey}
							{...bidder}
							fieldset={{ legend: { text: 'Who is the bidder?', classes: 'govuk-fieldset__legend--m' } }}
							items={[
								{ value: 'existing', text: 'A supplier already in the portal' },
								{ value: 'new', text: 'A supplier new to the portal' },
							]}
						/>
						<Select
							key={organisationKey}
							{...organisation}
							label={{ text: 'The bidder’s organisation', classes: 'govuk-label--s' }}
							hint={{ text: 'If the bidder is already in the portal' }}
							items={[
								{ value: '', text: 'Choose the bidder' },
								...suppliers.map((s) => ({ value: String(s.id), text: s.name })),
							]}
						/>
						<h2 className="govuk-heading-m">A supplier new to the portal</h2>
						<p className="govuk-body">
							If the bidder is new to the portal, add it: its contact is invited to claim the organisation, and hears
							about the matrix and any contract until someone does.
						</p>
						<Input
							key={nameKey}
							label={{ text: 'Organisation name', classes: 'govuk-label--s' }}
							autocomplete="organization"
							{...organisationName}
						/>
						<Radios
							key={typeKey}
							{...supplierType}
							fieldset={{ legend: { text: 'Type of organisation', classes: 'govuk-fieldset__legend--s' } }}
							items={Object.entries(supplierTypeLabels).map(([value, label]) => ({
								value,
								text: label.text,
								hint: { text: label.hint },
							}))}
						/>
						<Input
							key={numberKey}
							label={{ text: 'Companies House or charity number (optional)', classes: 'govuk-label--s' }}
							hint={{ text: 'For example, 01234567, SC123456 or 1123456' }}
							classes="govuk-input--width-10"
							spellcheck={false}
							{...registrationNumber}
						/>
						<Input key={contactKey} label={{ text: 'Contact name', classes: 'govuk-label--s' }} {...contactName} />
						<Input
							key={emailKey}
							label={{ text: 'Contact email address', classes: 'govuk-label--s' }}
							spellcheck={false}
							{...contactEmail}
						/>
						<h2 className="govuk-heading-m">The bid</h2>
						<Checkboxes
							key={declarationsKey}
							{...declarations}
							fieldset={{
								legend: { text: 'Ethical sourcing declarations', classes: 'govuk-fieldset__legend--s' },
							}}
							items={[
								{
									value: 'yes',
									text: 'The bidder made the ethical sourcing declarations in their tender response',
									hint: {
										text: 'Modern slavery, health and safety, child labour, fair employment and equality',
									},
								},
							]}
						/>
						<InsetText>
							The file is the bidder’s matrix spreadsheet: on the Commitments sheet one row per measure, on the
							Milestones sheet one row per milestone with the date (like {SHEET_DATE.example}) and the running total.
							Every measure must be answered. Files must be Excel (.xlsx) and 5 MB or smaller.
						</InsetText>
						<FileUpload
							key={fileKey}
							{...upload}
							label={{ text: 'The bidder’s matrix spreadsheet', classes: 'govuk-label--s' }}
							// Every problem is in the summary and the table; the field says only what became of the file.
							errorMessage={problems.length > 0 ? { text: 'The file was not entered' } : upload.errorMessage}
							attributes={{ accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }}
						/>
						<Button text="Add matrix" />
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

import { useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatDate } from '#app/domain/dates.ts'
import { editionVersionSchema } from '#app/domain/toms/content-forms.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { adoptSharedEdition, adoptedName, editionsSharedWith } from '#app/lib/toms-sharing.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { editionHead, editionRows } from './rows.tsx'
import type { Route } from './+types/editions.ts'

const AdoptSchema = z.object({
	intent: z.literal('adopt'),
	editionId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
	version: editionVersionSchema,
})

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const shared = editionsSharedWith(admin.organisationId).map((edition) => ({
		...edition,
		adoptedName: adoptedName(edition),
	}))
	return { editions: listEditions(admin.organisationId), shared }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: AdoptSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'editionId', 'version']) }, { status: 400 })
	const result = adoptSharedEdition(admin, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!result.ok)
		return data(
			{ result: submission.reply({ formErrors: [result.message] }) },
			{ status: result.message.includes('someone else') ? 409 : 400 },
		)
	return redirect(
		withNotice(href('/admin/toms/:editionId', { editionId: String(result.editionId) }), 'edition-adopted'),
	)
}

export default function ManageToms({ loaderData, actionData }: Route.ComponentProps) {
	const [form] = useForm({ id: 'adopt', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'shared-editions')
	return (
		<>
			<DocumentTitle title="Manage TOMs" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Manage themes, outcomes and measures</h1>
			<p className="govuk-body">
				Suppliers commit to the measures in the current published edition. A published edition never changes: to revise
				the TOMs, create a new edition as a copy, edit it, and publish it.
			</p>
			<div className="govuk-button-group">
				<Button text="Create an edition" href={href('/admin/toms/new')} />
				<a href={href('/admin/priorities')} className="govuk-link">
					Council priorities
				</a>
				<a href={href('/admin/units')} className="govuk-link">
					Units
				</a>
			</div>
			{loaderData.editions.length === 0 ? (
				<p className="govuk-body">There are no editions yet.</p>
			) : (
				<Table
					caption="Editions"
					captionClasses="govuk-table__caption--m"
					head={editionHead}
					rows={editionRows(loaderData.editions)}
				/>
			)}
			<div id="shared-editions" tabIndex={-1}>
				<h2 className="govuk-heading-m">Editions shared by other councils</h2>
				{loaderData.shared.length === 0 ? (
					<p className="govuk-body">No other council has shared an edition yet.</p>
				) : (
					<>
						<p className="govuk-body">
							Adopting an edition makes a draft copy of your own. Its measures keep their units: any unit you do not
							have yet is added to your units. Council priorities are kept where you have one with the same code.
						</p>
						<ul className="govuk-list">
							{loaderData.shared.map((edition) => (
								<li key={edition.id} className="govuk-!-margin-bottom-6">
									<h3 className="govuk-heading-s govuk-!-margin-bottom-1">
										{edition.name}, {edition.councilName}
									</h3>
									<p className="govuk-body govuk-!-margin-bottom-2">
										{edition.measureCount} measures. Shared {edition.sharedAt ? formatDate(edition.sharedAt) : ''}.
									</p>
									<Form method="post">
										<input type="hidden" name="editionId" value={edition.id} />
										<input type="hidden" name="version" value={edition.version} />
										<Button
											text="Adopt as a draft"
											name="intent"
											value="adopt"
											classes="govuk-button--secondary govuk-!-margin-bottom-0"
											attributes={{ 'aria-describedby': `adopt-${edition.id}-hint` }}
										/>
										<p id={`adopt-${edition.id}-hint`} className="govuk-hint">
											Makes the draft {edition.adoptedName}
										</p>
									</Form>
								</li>
							))}
						</ul>
					</>
				)}
			</div>
		</>
	)
}

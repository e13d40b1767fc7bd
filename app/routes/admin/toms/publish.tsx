import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { countContent, describeCounts } from '#app/domain/toms/content.ts'
import { editionVersionSchema } from '#app/domain/toms/content-forms.ts'
import { publishProblems } from '#app/domain/toms/publish-rules.ts'
import { unitCatalogue } from '#app/lib/units.server.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { STALE_EDITION, publishEdition } from '#app/lib/toms-editions.server.ts'
import { getCurrentEdition, loadEditionTree, toContent } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { withNotice } from '#app/components/notices.ts'
import { draftEditionOr404 } from './draft-edition.server.ts'
import type { Route } from './+types/publish.ts'

const PublishSchema = z.object({ version: editionVersionSchema })

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	const tree = loadEditionTree(edition.id)
	const current = getCurrentEdition(admin.organisationId)
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		counts: countContent(tree),
		problems: publishProblems(toContent(tree), unitCatalogue(admin.organisationId)),
		replaces: current ? { id: current.id, name: current.name } : null,
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = draftEditionOr404(admin.organisationId, params.editionId)
	const submission = parseWithZod(await readFormData(request), { schema: PublishSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = publishEdition(admin, edition.id, submission.value.version, { ip: context.clientIp, now: Date.now() })
	if (!result.ok)
		return data(
			{ result: submission.reply({ formErrors: result.problems ?? [result.message] }) },
			{ status: result.message === STALE_EDITION ? 409 : 400 },
		)
	return redirect(withNotice(href('/admin/toms/:editionId', { editionId: String(edition.id) }), 'edition-published'))
}

export default function PublishEdition({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, counts, problems, replaces } = loaderData
	const [form] = useForm({ id: 'publish-edition', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'publish')
	const back = href('/admin/toms/:editionId', { editionId: String(edition.id) })
	return (
		<>
			<BackLink href={back} text={`Back to ${edition.name}`} />
			<DocumentTitle title={`Publish ${edition.name}`} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">TOMs edition</span>
					<h1 className="govuk-heading-l">Publish {edition.name}</h1>
					<p className="govuk-body">
						{edition.name} has {describeCounts(counts)}.
					</p>
					<div id="publish" tabIndex={-1}>
						{problems.length > 0 ? (
							<>
								<h2 className="govuk-heading-m">This edition cannot be published yet</h2>
								<ul className="govuk-list govuk-list--bullet">
									{problems.map((problem) => (
										<li key={problem}>{problem}</li>
									))}
								</ul>
								<p className="govuk-body">
									<a className="govuk-link" href={back}>
										Go back to the edition to put these right
									</a>
								</p>
							</>
						) : (
							<>
								<p className="govuk-body">Publishing it:</p>
								<ul className="govuk-list govuk-list--bullet">
									<li>
										freezes it for good: nobody can change it afterwards, and next year’s changes start from a new
										edition copied from it
									</li>
									<li>
										makes it the current edition: the one every supplier and the public read on the TOMs pages, and the
										one new tenders start with
									</li>
									<li>
										{replaces
											? `replaces ${replaces.name} as the current edition; ${replaces.name} stays published, and tenders published with it keep it`
											: 'becomes the first current edition, as there is none now'}
									</li>
								</ul>
								<WarningText text="You cannot undo publishing." />
								<Form method="post" {...getFormProps(form)}>
									<input type="hidden" name="version" value={edition.version} />
									<div className="govuk-button-group">
										<Button text="Publish edition" />
										<a className="govuk-link" href={back}>
											Cancel
										</a>
									</div>
								</Form>
							</>
						)}
					</div>
				</div>
			</div>
		</>
	)
}

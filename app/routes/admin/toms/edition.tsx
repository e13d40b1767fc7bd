import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatDate } from '#app/domain/dates.ts'
import { countContent } from '#app/domain/toms/content.ts'
import { editionVersionSchema, themeNameSchema } from '#app/domain/toms/content-forms.ts'
import { allowedEditionActions } from '#app/domain/toms/edition-status.ts'
import { describeEditionSize } from '#app/domain/toms/format.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { saveTheme } from '#app/lib/toms-content.server.ts'
import { deleteDraftEdition, makeEditionCurrent, retireEdition } from '#app/lib/toms-editions.server.ts'
import { councilEdition, loadEditionTree, requireCouncilEdition } from '#app/lib/toms-queries.server.ts'
import { comparisonBaseFor } from '#app/lib/toms-compare.server.ts'
import { shareEdition } from '#app/lib/toms-sharing.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { editionComparisonHref } from '#app/components/edition-comparison-href.ts'
import { EditionStatusTags } from '#app/components/edition-status-tags.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { useUnits } from '#app/components/use-units.ts'
import { measureHead, measureRows } from './rows.tsx'
import type { Route } from './+types/edition.ts'

const AddThemeSchema = z.object({
	intent: z.literal('add-theme'),
	version: editionVersionSchema,
	name: themeNameSchema,
})

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('retire'), version: editionVersionSchema }),
	z.object({ intent: z.literal('make-current'), version: editionVersionSchema }),
	z.object({ intent: z.literal('delete'), version: editionVersionSchema }),
	z.object({ intent: z.literal('share'), version: editionVersionSchema }),
	AddThemeSchema,
])

const changes = {
	retire: { run: retireEdition, notice: 'edition-retired' },
	'make-current': { run: makeEditionCurrent, notice: 'edition-current' },
	delete: { run: deleteDraftEdition, notice: 'edition-deleted' },
	share: { run: shareEdition, notice: 'edition-shared' },
} as const

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = councilEdition(admin.organisationId, parseId(params.editionId))
	if (!edition) throw new Response('Not found', { status: 404 })
	return {
		edition,
		tree: loadEditionTree(edition.id),
		actions: allowedEditionActions(edition),
		compareWith: comparisonBaseFor(edition.id),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = requireCouncilEdition(admin.organisationId, parseId(params.editionId)).id
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'version']) }, { status: 400 })
	const ctx = { ip: context.clientIp, now: Date.now() }
	const { value } = submission
	const editionPath = href('/admin/toms/:editionId', { editionId: String(editionId) })
	if (value.intent === 'add-theme') {
		const result = saveTheme(admin, { editionId, version: value.version, themeId: null, name: value.name }, ctx)
		if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
		return redirect(withNotice(editionPath, 'theme-saved'))
	}
	const change = changes[value.intent]
	const result = change.run(admin, editionId, value.version, ctx)
	if (!result.ok) {
		return data(
			{ result: submission.reply({ formErrors: [result.message] }) },
			{ status: result.message.includes('someone else') ? 409 : 400 },
		)
	}
	return redirect(withNotice(value.intent === 'delete' ? href('/admin/toms') : editionPath, change.notice))
}

export default function EditionPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, tree, actions, compareWith } = loaderData
	const units = useUnits()
	const [form, fields] = useForm<z.input<typeof AddThemeSchema>>({ id: 'theme', lastResult: actionData?.result })
	const errors = collectErrors([fields.name], form.errors, 'edition-actions')
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const editable = actions.includes('edit')
	const measureCount = countContent(tree).measures
	const editionId = String(edition.id)
	return (
		<>
			<BackLink href={href('/admin/toms')} text="Back to editions" />
			<DocumentTitle title={`Edition ${edition.name}`} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">TOMs edition</span>
			<h1 className="govuk-heading-l">{edition.name}</h1>
			<p className="govuk-body">
				<EditionStatusTags edition={edition} /> {describeEditionSize(measureCount, tree.themes.length)}.
				{edition.publishedAt ? ` Published ${formatDate(edition.publishedAt)}.` : ''}
			</p>
			{edition.description ? <p className="govuk-body app-preserve-lines">{edition.description}</p> : null}

			<div id="edition-actions" tabIndex={-1}>
				{editable ? (
					<>
						<p className="govuk-body">
							This is a draft: only administrators can see it. Publishing makes it the current edition for everyone and
							freezes it for good.
						</p>
						<div className="govuk-button-group">
							<Button text="Publish edition" href={href('/admin/toms/:editionId/publish', { editionId })} />
							<Button
								text="Import from a spreadsheet"
								href={href('/admin/toms/:editionId/import', { editionId })}
								classes="govuk-button--secondary"
							/>
							<Form method="post">
								<input type="hidden" name="version" value={edition.version} />
								<Button text="Delete draft" name="intent" value="delete" classes="govuk-button--warning" />
							</Form>
						</div>
						<ul className="govuk-list">
							<li>
								<a className="govuk-link" href={href('/admin/toms/:editionId/uplift', { editionId })}>
									Uplift proxy values by a percentage
								</a>
							</li>
							<li>
								<a className="govuk-link" href={href('/admin/toms/:editionId/proxy-values', { editionId })}>
									Change proxy values in one table
								</a>
							</li>
						</ul>
					</>
				) : (
					<p className="govuk-body">
						This edition is {edition.status} and cannot change. To revise it,{' '}
						<a className="govuk-link" href={href('/admin/toms/new')}>
							create a new edition as a copy
						</a>
						. Everyone can read it at{' '}
						<a className="govuk-link" href={href('/toms/editions/:editionId', { editionId })}>
							its public page
						</a>
						.
					</p>
				)}
				{edition.status === 'published' && edition.sharedAt === null ? (
					<Form method="post">
						<input type="hidden" name="version" value={edition.version} />
						<p className="govuk-body">
							Other councils using this service can adopt a shared edition as a draft of their own. Sharing cannot be
							undone.
						</p>
						<Button text="Share with other councils" name="intent" value="share" classes="govuk-button--secondary" />
					</Form>
				) : null}
				{edition.sharedAt !== null ? (
					<p className="govuk-body">Shared with other councils {formatDate(edition.sharedAt)}.</p>
				) : null}
				{actions.includes('make-current') || actions.includes('retire') ? (
					<div className="govuk-button-group">
						{actions.includes('make-current') ? (
							<Form method="post">
								<input type="hidden" name="version" value={edition.version} />
								<Button text="Make this the current edition" name="intent" value="make-current" />
							</Form>
						) : null}
						{actions.includes('retire') ? (
							<Form method="post">
								<input type="hidden" name="version" value={edition.version} />
								<Button text="Retire edition" name="intent" value="retire" classes="govuk-button--secondary" />
							</Form>
						) : null}
					</div>
				) : null}
				<p className="govuk-body">
					Export as{' '}
					<a
						className="govuk-link"
						href={href('/admin/toms/:editionId/export/:format', { editionId, format: 'csv' })}
						download
					>
						CSV
					</a>{' '}
					or{' '}
					<a
						className="govuk-link"
						href={href('/admin/toms/:editionId/export/:format', { editionId, format: 'xlsx' })}
						download
					>
						Excel (.xlsx)
					</a>
					.
				</p>
				{compareWith !== null ? (
					<p className="govuk-body">
						<a className="govuk-link" href={editionComparisonHref(compareWith, edition.id)}>
							Compare with another edition
						</a>
					</p>
				) : null}
			</div>

			<div id="edition-content" tabIndex={-1}>
				{tree.themes.length === 0 ? <p className="govuk-body">This edition has no themes yet.</p> : null}
				{tree.themes.map((theme) => (
					<section key={theme.id} aria-labelledby={`theme-${theme.id}`}>
						<h2 className="govuk-heading-m" id={`theme-${theme.id}`}>
							{theme.name}
						</h2>
						{editable ? (
							<p className="govuk-body">
								<a
									className="govuk-link"
									href={href('/admin/toms/:editionId/themes/:themeId', { editionId, themeId: String(theme.id) })}
								>
									Change or delete<span className="govuk-visually-hidden"> theme {theme.name}</span>
								</a>{' '}
								·{' '}
								<a
									className="govuk-link"
									href={`${href('/admin/toms/:editionId/outcomes/:outcomeId', { editionId, outcomeId: 'new' })}?theme=${theme.id}`}
								>
									Add an outcome<span className="govuk-visually-hidden"> to {theme.name}</span>
								</a>
							</p>
						) : null}
						{theme.outcomes.length === 0 ? <p className="govuk-body">No outcomes yet.</p> : null}
						{theme.outcomes.map((outcome) => (
							<Table
								key={outcome.id}
								caption={
									<>
										{outcome.name}
										{editable ? (
											<span className="govuk-body-s">
												{' '}
												<a
													className="govuk-link"
													href={href('/admin/toms/:editionId/outcomes/:outcomeId', {
														editionId,
														outcomeId: String(outcome.id),
													})}
												>
													Change or delete<span className="govuk-visually-hidden"> outcome {outcome.name}</span>
												</a>{' '}
												·{' '}
												<a
													className="govuk-link"
													href={`${href('/admin/toms/:editionId/measures/:measureId', { editionId, measureId: 'new' })}?outcome=${outcome.id}`}
												>
													Add a measure<span className="govuk-visually-hidden"> to {outcome.name}</span>
												</a>
											</span>
										) : null}
									</>
								}
								captionClasses="govuk-table__caption--s"
								head={measureHead(editable)}
								rows={measureRows(edition.id, outcome.measures, editable, units)}
							/>
						))}
					</section>
				))}
			</div>

			{editable ? (
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="version" value={edition.version} />
					<Input key={nameKey} label={{ text: 'Add a theme', classes: 'govuk-label--m' }} {...name} />
					<Button text="Add theme" name="intent" value="add-theme" classes="govuk-button--secondary" />
				</Form>
			) : null}
		</>
	)
}

import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { formatDate } from '#app/domain/dates.ts'
import { countContent } from '#app/domain/toms/content.ts'
import { allowedEditionActions, editionStatusLabels } from '#app/domain/toms/edition-status.ts'
import { describeEditionSize, describeProxyValue, unitLabel } from '#app/domain/toms/format.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { saveTheme } from '#app/lib/toms-content.server.ts'
import { deleteDraftEdition, makeEditionCurrent, retireEdition } from '#app/lib/toms-editions.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/edition.ts'
import { parseId } from '#app/lib/route-params.ts'
import { readFormData } from '#app/lib/read-form.server.ts'

const version = z.coerce.number().int().min(1)
const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('retire'), version }),
	z.object({ intent: z.literal('make-current'), version }),
	z.object({ intent: z.literal('delete'), version }),
	z.object({
		intent: z.literal('add-theme'),
		version,
		name: z
			.string({ error: 'Enter a name for the theme' })
			.trim()
			.min(1, 'Enter a name for the theme')
			.max(200, 'Theme name must be 200 characters or fewer'),
	}),
])

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = getEdition(parseId(params.editionId))
	if (!edition) throw new Response('Not found', { status: 404 })
	return { edition, tree: loadEditionTree(edition.id), actions: allowedEditionActions(edition) }
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = parseId(params.editionId)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success') {
		const nameError = submission.error?.name?.[0]
		return data(
			{ message: nameError ?? 'Reload the page and try again', field: nameError ? 'theme-name' : null },
			{ status: 400 },
		)
	}
	const ctx = { ip: context.clientIp, now: Date.now() }
	const value = submission.value
	if (value.intent === 'add-theme') {
		const result = saveTheme(admin, { editionId, version: value.version, themeId: null, name: value.name }, ctx)
		if (!result.ok) return data({ message: result.message, field: null }, { status: 400 })
		return redirect(`/admin/toms/${editionId}?notice=theme-saved`)
	}
	const run = { retire: retireEdition, 'make-current': makeEditionCurrent, delete: deleteDraftEdition }[value.intent]
	const result = run(admin, editionId, value.version, ctx)
	if (!result.ok) {
		return data(
			{ message: result.message, field: null },
			{ status: result.message.includes('someone else') ? 409 : 400 },
		)
	}
	const notice = { retire: 'edition-retired', 'make-current': 'edition-current', delete: 'edition-deleted' }[
		value.intent
	]
	return redirect(
		value.intent === 'delete' ? `/admin/toms?notice=${notice}` : `/admin/toms/${editionId}?notice=${notice}`,
	)
}

export default function EditionPage({ loaderData }: Route.ComponentProps) {
	const { edition, tree, actions } = loaderData
	const actionData = useActionData<typeof action>()
	const editable = actions.includes('edit')
	const measureCount = countContent(tree).measures
	const errorList = actionData
		? [{ text: actionData.message, href: actionData.field ? '#theme-name' : '#edition-actions' }]
		: []
	const base = `/admin/toms/${edition.id}`
	return (
		<>
			<BackLink href="/admin/toms" text="Back to editions" />
			<DocumentTitle title={`Edition ${edition.name}`} hasErrors={errorList.length > 0} />
			{errorList.length > 0 ? <FormErrorSummary errors={errorList} /> : <NoticeBanner />}
			<span className="govuk-caption-l">TOMs edition</span>
			<h1 className="govuk-heading-l">{edition.name}</h1>
			<p className="govuk-body">
				<Tag
					text={editionStatusLabels[edition.status]}
					classes={
						edition.status === 'draft'
							? 'govuk-tag--blue'
							: edition.status === 'published'
								? 'govuk-tag--green'
								: 'govuk-tag--grey'
					}
				/>
				{edition.isCurrent ? (
					<>
						{' '}
						<Tag text="Current" classes="govuk-tag--green" />
					</>
				) : null}{' '}
				{describeEditionSize(measureCount, tree.themes.length)}.
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
							<Button text="Publish edition" href={`${base}/publish`} />
							<a
								className="govuk-button govuk-button--secondary"
								role="button"
								draggable="false"
								href={`${base}/import`}
							>
								Import from a spreadsheet
							</a>
							<Form method="post">
								<input type="hidden" name="version" value={edition.version} />
								<Button text="Delete draft" name="intent" value="delete" classes="govuk-button--warning" />
							</Form>
						</div>
					</>
				) : (
					<p className="govuk-body">
						This edition is {edition.status} and cannot change. To revise it,{' '}
						<a className="govuk-link" href="/admin/toms/new">
							create a new edition as a copy
						</a>
						. Everyone can read it at{' '}
						<a className="govuk-link" href={`/toms/editions/${edition.id}`}>
							its public page
						</a>
						.
					</p>
				)}
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
					<a className="govuk-link" href={`${base}/export/csv`} download>
						CSV
					</a>{' '}
					or{' '}
					<a className="govuk-link" href={`${base}/export/xlsx`} download>
						Excel (.xlsx)
					</a>
					.
				</p>
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
								<a className="govuk-link" href={`${base}/themes/${theme.id}`}>
									Change or delete<span className="govuk-visually-hidden"> theme {theme.name}</span>
								</a>{' '}
								·{' '}
								<a className="govuk-link" href={`${base}/outcomes/new?theme=${theme.id}`}>
									Add an outcome<span className="govuk-visually-hidden"> to {theme.name}</span>
								</a>
							</p>
						) : null}
						{theme.outcomes.length === 0 ? <p className="govuk-body">No outcomes yet.</p> : null}
						{theme.outcomes.map((outcome) => (
							<table className="govuk-table" key={outcome.id}>
								<caption className="govuk-table__caption govuk-table__caption--s">
									{outcome.name}
									{editable ? (
										<span className="govuk-body-s">
											{' '}
											<a className="govuk-link" href={`${base}/outcomes/${outcome.id}`}>
												Change or delete<span className="govuk-visually-hidden"> outcome {outcome.name}</span>
											</a>{' '}
											·{' '}
											<a className="govuk-link" href={`${base}/measures/new?outcome=${outcome.id}`}>
												Add a measure<span className="govuk-visually-hidden"> to {outcome.name}</span>
											</a>
										</span>
									) : null}
								</caption>
								<thead className="govuk-table__head">
									<tr className="govuk-table__row">
										<th scope="col" className="govuk-table__header">
											Code
										</th>
										<th scope="col" className="govuk-table__header">
											Measure
										</th>
										<th scope="col" className="govuk-table__header">
											Unit
										</th>
										<th scope="col" className="govuk-table__header">
											Value
										</th>
										{editable ? (
											<th scope="col" className="govuk-table__header">
												<span className="govuk-visually-hidden">Actions</span>
											</th>
										) : null}
									</tr>
								</thead>
								<tbody className="govuk-table__body">
									{outcome.measures.length === 0 ? (
										<tr className="govuk-table__row">
											<td className="govuk-table__cell" colSpan={editable ? 5 : 4}>
												No measures yet.
											</td>
										</tr>
									) : null}
									{outcome.measures.map((measure) => (
										<tr className="govuk-table__row" key={measure.id}>
											<td className="govuk-table__cell">{measure.code}</td>
											<td className="govuk-table__cell">{measure.title}</td>
											<td className="govuk-table__cell">{unitLabel(measure.unit)}</td>
											<td className="govuk-table__cell">{describeProxyValue(measure.unit, measure.proxyValuePence)}</td>
											{editable ? (
												<td className="govuk-table__cell">
													<a className="govuk-link" href={`${base}/measures/${measure.id}`}>
														Change<span className="govuk-visually-hidden"> {measure.code}</span>
													</a>
												</td>
											) : null}
										</tr>
									))}
								</tbody>
							</table>
						))}
					</section>
				))}
			</div>

			{editable ? (
				<Form method="post">
					<input type="hidden" name="version" value={edition.version} />
					<Input
						id="theme-name"
						name="name"
						label={{ text: 'Add a theme', classes: 'govuk-label--m' }}
						errorMessage={actionData?.field ? { text: actionData.message } : undefined}
					/>
					<Button text="Add theme" name="intent" value="add-theme" classes="govuk-button--secondary" />
				</Form>
			) : null}
		</>
	)
}

import { Form, data, redirect, useActionData } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { deleteOutcome, saveOutcome } from '#app/lib/toms-content.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/outcome.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = getEdition(parseId(params.editionId))
	if (!edition || edition.status !== 'draft') throw new Response('Not found', { status: 404 })
	const tree = loadEditionTree(edition.id)
	const themes = tree.themes.map((theme) => ({ id: theme.id, name: theme.name }))
	const isNew = params.outcomeId === 'new'
	let outcome: { id: number; name: string; themeId: number; measures: number } | null = null
	if (!isNew) {
		const outcomeId = parseId(params.outcomeId)
		for (const theme of tree.themes) {
			const found = theme.outcomes.find((o) => o.id === outcomeId)
			if (found) outcome = { id: found.id, name: found.name, themeId: theme.id, measures: found.measures.length }
		}
		if (!outcome) throw new Response('Not found', { status: 404 })
	}
	const requestedTheme = Number(new URL(request.url).searchParams.get('theme'))
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		themes,
		outcome,
		themeId: outcome?.themeId ?? (themes.some((t) => t.id === requestedTheme) ? requestedTheme : null),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = parseId(params.editionId)
	const outcomeId = params.outcomeId === 'new' ? null : parseId(params.outcomeId)
	const formData = await readFormData(request)
	const version = Number(formData.get('version'))
	const ctx = { ip: context.clientIp, now: Date.now() }
	if (formData.get('intent') === 'delete' && outcomeId !== null) {
		const result = deleteOutcome(admin, { editionId, version, outcomeId }, ctx)
		if (!result.ok) return data({ field: null, message: result.message }, { status: 400 })
		return redirect(`/admin/toms/${editionId}?notice=outcome-deleted`)
	}
	const name = String(formData.get('name') ?? '').trim()
	const themeId = Number(formData.get('themeId'))
	if (!Number.isSafeInteger(themeId) || themeId < 1)
		return data({ field: 'themeId', message: 'Select a theme' }, { status: 400 })
	if (!name) return data({ field: 'name', message: 'Enter a name for the outcome' }, { status: 400 })
	if (name.length > 200)
		return data({ field: 'name', message: 'Outcome name must be 200 characters or fewer' }, { status: 400 })
	const result = saveOutcome(admin, { editionId, version, outcomeId, themeId, name }, ctx)
	if (!result.ok) return data({ field: result.field ?? null, message: result.message }, { status: 400 })
	return redirect(`/admin/toms/${editionId}?notice=outcome-saved`)
}

export default function OutcomePage({ loaderData }: Route.ComponentProps) {
	const { edition, themes, outcome, themeId } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData
		? [{ text: actionData.message, href: actionData.field === 'themeId' ? '#themeId' : '#name' }]
		: []
	const title = outcome ? 'Change outcome' : 'Add an outcome'
	return (
		<>
			<BackLink href={`/admin/toms/${edition.id}`} text={`Back to ${edition.name}`} />
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">{title}</h1>
					<Form method="post">
						<input type="hidden" name="version" value={edition.version} />
						<Select
							id="themeId"
							name="themeId"
							label={{ text: 'Theme', classes: 'govuk-label--s' }}
							value={themeId === null ? '' : String(themeId)}
							errorMessage={actionData?.field === 'themeId' ? { text: actionData.message } : undefined}
							items={[
								{ value: '', text: 'Select a theme' },
								...themes.map((theme) => ({ value: String(theme.id), text: theme.name })),
							]}
						/>
						<Input
							id="name"
							name="name"
							label={{ text: 'Outcome', classes: 'govuk-label--s' }}
							value={outcome?.name ?? ''}
							errorMessage={actionData?.field === 'name' ? { text: actionData.message } : undefined}
						/>
						<Button text="Save outcome" />
					</Form>
					{outcome ? (
						<>
							<h2 className="govuk-heading-m">Delete this outcome</h2>
							<p className="govuk-body">Deleting it also deletes its {countOf(outcome.measures, 'measure')}.</p>
							<Form method="post">
								<input type="hidden" name="version" value={edition.version} />
								<Button text="Delete outcome" name="intent" value="delete" classes="govuk-button--warning" />
							</Form>
						</>
					) : null}
				</div>
			</div>
		</>
	)
}

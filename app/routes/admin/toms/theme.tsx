import { Form, data, redirect, useActionData } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { deleteTheme, saveTheme } from '#app/lib/toms-content.server.ts'
import { getEdition, loadEditionTree } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/theme.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const edition = getEdition(parseId(params.editionId))
	if (!edition || edition.status !== 'draft') throw new Response('Not found', { status: 404 })
	const theme = loadEditionTree(edition.id).themes.find((t) => t.id === parseId(params.themeId))
	if (!theme) throw new Response('Not found', { status: 404 })
	const measures = theme.outcomes.reduce((n, o) => n + o.measures.length, 0)
	return {
		edition: { id: edition.id, name: edition.name, version: edition.version },
		theme: { id: theme.id, name: theme.name, outcomes: theme.outcomes.length, measures },
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const editionId = parseId(params.editionId)
	const themeId = parseId(params.themeId)
	const formData = await readFormData(request)
	const version = Number(formData.get('version'))
	const ctx = { ip: context.clientIp, now: Date.now() }
	if (formData.get('intent') === 'delete') {
		const result = deleteTheme(admin, { editionId, version, themeId }, ctx)
		if (!result.ok) return data({ field: null, message: result.message }, { status: 400 })
		return redirect(`/admin/toms/${editionId}?notice=theme-deleted`)
	}
	const name = String(formData.get('name') ?? '').trim()
	if (!name) return data({ field: 'name', message: 'Enter a name for the theme' }, { status: 400 })
	if (name.length > 200)
		return data({ field: 'name', message: 'Theme name must be 200 characters or fewer' }, { status: 400 })
	const result = saveTheme(admin, { editionId, version, themeId, name }, ctx)
	if (!result.ok) return data({ field: null, message: result.message }, { status: 400 })
	return redirect(`/admin/toms/${editionId}?notice=theme-saved`)
}

export default function ThemePage({ loaderData }: Route.ComponentProps) {
	const { edition, theme } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData ? [{ text: actionData.message, href: '#name' }] : []
	return (
		<>
			<BackLink href={`/admin/toms/${edition.id}`} text={`Back to ${edition.name}`} />
			<DocumentTitle title={`Change theme ${theme.name}`} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Change theme</h1>
					<Form method="post">
						<input type="hidden" name="version" value={edition.version} />
						<Input
							id="name"
							name="name"
							label={{ text: 'Theme name', classes: 'govuk-label--s' }}
							value={theme.name}
							errorMessage={actionData?.field ? { text: actionData.message } : undefined}
						/>
						<Button text="Save theme" />
					</Form>
					<h2 className="govuk-heading-m">Delete this theme</h2>
					<p className="govuk-body">
						Deleting it also deletes its {countOf(theme.outcomes, 'outcome')} and {countOf(theme.measures, 'measure')}.
					</p>
					<Form method="post">
						<input type="hidden" name="version" value={edition.version} />
						<Button text="Delete theme" name="intent" value="delete" classes="govuk-button--warning" />
					</Form>
				</div>
			</div>
		</>
	)
}

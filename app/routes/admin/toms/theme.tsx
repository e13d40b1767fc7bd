import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { DeleteContentSchema, editionVersionSchema, themeNameSchema } from '#app/domain/toms/content-forms.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { invalidFormReply, mainFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { deleteTheme, saveTheme } from '#app/lib/toms-content.server.ts'
import { councilEdition, loadEditionTree, requireCouncilEdition } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { withNotice } from '#app/components/notices.ts'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/theme.ts'

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('save'), version: editionVersionSchema, name: themeNameSchema }),
	DeleteContentSchema,
])

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = councilEdition(admin.organisationId, parseId(params.editionId))
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
	const editionId = requireCouncilEdition(admin.organisationId, parseId(params.editionId)).id
	const themeId = parseId(params.themeId)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'version']) }, { status: 400 })
	const { value } = submission
	const ctx = { ip: context.clientIp, now: Date.now() }
	const change = { editionId, version: value.version, themeId }
	const result =
		value.intent === 'delete' ? deleteTheme(admin, change, ctx) : saveTheme(admin, { ...change, name: value.name }, ctx)
	if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
	return redirect(
		withNotice(
			href('/admin/toms/:editionId', { editionId: String(editionId) }),
			value.intent === 'delete' ? 'theme-deleted' : 'theme-saved',
		),
	)
}

export default function ThemePage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, theme } = loaderData
	const [form, fields] = useForm({
		id: 'theme',
		lastResult: mainFormReply(actionData?.result, ['delete']),
		defaultValue: { name: theme.name },
	})
	const errors = collectErrors([fields.name], form.errors, fields.name.id)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const editionHref = href('/admin/toms/:editionId', { editionId: String(edition.id) })
	return (
		<>
			<BackLink href={editionHref} text={`Back to ${edition.name}`} />
			<DocumentTitle title={`Change theme ${theme.name}`} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">Change theme</h1>
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={edition.version} />
						<Input key={nameKey} label={{ text: 'Theme name', classes: 'govuk-label--s' }} {...name} />
						<Button text="Save theme" name="intent" value="save" />
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

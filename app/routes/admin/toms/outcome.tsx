import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { DeleteContentSchema, editionVersionSchema, outcomeFields } from '#app/domain/toms/content-forms.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply, mainFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { deleteOutcome, saveOutcome } from '#app/lib/toms-content.server.ts'
import { councilEdition, loadEditionTree, requireCouncilEdition } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { withNotice } from '#app/components/notices.ts'
import { countOf } from '#app/domain/plural.ts'
import type { Route } from './+types/outcome.ts'

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('save'), version: editionVersionSchema, ...outcomeFields }),
	DeleteContentSchema,
])

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const edition = councilEdition(admin.organisationId, parseId(params.editionId))
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
	const editionId = requireCouncilEdition(admin.organisationId, parseId(params.editionId)).id
	const outcomeId = params.outcomeId === 'new' ? null : parseId(params.outcomeId)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'version']) }, { status: 400 })
	const { value } = submission
	const ctx = { ip: context.clientIp, now: Date.now() }
	if (value.intent === 'delete') {
		// A new outcome has no delete button: nothing to delete yet.
		if (outcomeId === null)
			return data({ result: submission.reply({ formErrors: [RELOAD_AND_TRY_AGAIN] }) }, { status: 400 })
		const result = deleteOutcome(admin, { editionId, version: value.version, outcomeId }, ctx)
		if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
	} else {
		const result = saveOutcome(admin, { editionId, outcomeId, ...value }, ctx)
		if (!result.ok) {
			const errors = result.field
				? { fieldErrors: { [result.field]: [result.message] } }
				: { formErrors: [result.message] }
			return data({ result: submission.reply(errors) }, { status: 400 })
		}
	}
	return redirect(
		withNotice(
			href('/admin/toms/:editionId', { editionId: String(editionId) }),
			value.intent === 'delete' ? 'outcome-deleted' : 'outcome-saved',
		),
	)
}

export default function OutcomePage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, themes, outcome, themeId } = loaderData
	const [form, fields] = useForm({
		id: 'outcome',
		lastResult: mainFormReply(actionData?.result, ['delete']),
		defaultValue: { themeId: themeId === null ? '' : String(themeId), name: outcome?.name ?? '' },
	})
	const errors = collectErrors([fields.themeId, fields.name], form.errors, fields.name.id)
	const { key: themeKey, ...theme } = selectFieldProps(fields.themeId)
	const { key: nameKey, ...name } = inputFieldProps(fields.name)
	const title = outcome ? 'Change outcome' : 'Add an outcome'
	return (
		<>
			<BackLink
				href={href('/admin/toms/:editionId', { editionId: String(edition.id) })}
				text={`Back to ${edition.name}`}
			/>
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">{edition.name} (draft)</span>
					<h1 className="govuk-heading-l">{title}</h1>
					<Form method="post" {...getFormProps(form)}>
						<input type="hidden" name="version" value={edition.version} />
						<Select
							key={themeKey}
							label={{ text: 'Theme', classes: 'govuk-label--s' }}
							{...theme}
							items={[
								{ value: '', text: 'Select a theme' },
								...themes.map((theme) => ({ value: String(theme.id), text: theme.name })),
							]}
						/>
						<Input key={nameKey} label={{ text: 'Outcome', classes: 'govuk-label--s' }} {...name} />
						<Button text="Save outcome" name="intent" value="save" />
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

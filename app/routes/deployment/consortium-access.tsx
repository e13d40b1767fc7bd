import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { emailAddressSchema } from '#app/domain/form-fields.ts'
import { requireDeploymentRole } from '#app/lib/auth.server.ts'
import { deploymentRoleHolders, grantConsortiumRole, removeConsortiumRole } from '#app/lib/deployment.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Table, type TableCell } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/consortium-access.ts'

const reload = 'Reload the page and try again'

const GrantSchema = z.object({ intent: z.literal('grant'), email: emailAddressSchema('Enter their email address') })

const ActionSchema = z.discriminatedUnion('intent', [
	GrantSchema,
	z.object({
		intent: z.literal('remove'),
		userId: z.coerce.number({ error: reload }).int().min(1, reload),
		version: z.coerce.number({ error: reload }).int().min(1, reload),
	}),
])

export function loader({ request }: Route.LoaderArgs) {
	requireDeploymentRole(request, ['administrator'])
	return { holders: deploymentRoleHolders() }
}

export async function action({ request, context }: Route.ActionArgs) {
	const actor = requireDeploymentRole(request, ['administrator'])
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent', 'userId', 'version']) }, { status: 400 })
	const ctx = { ip: context.clientIp, now: Date.now() }
	const value = submission.value
	const outcome =
		value.intent === 'grant'
			? grantConsortiumRole(actor, value.email, ctx)
			: removeConsortiumRole(actor, { userId: value.userId, version: value.version }, ctx)
	if (!outcome.ok) {
		return data(
			{
				result: submission.reply(
					outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] },
				),
			},
			{ status: 400 },
		)
	}
	return redirect(
		withNotice(
			href('/deployment/consortium/access'),
			value.intent === 'grant' ? 'consortium-granted' : 'consortium-removed',
		),
	)
}

const roleNames = { administrator: 'Deployment administrator', consortium: 'Consortium figures' } as const

export default function ConsortiumAccess({ loaderData, actionData }: Route.ComponentProps) {
	const [form, fields] = useForm<z.input<typeof GrantSchema>>({
		id: 'grant-consortium',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
	})
	const errors = collectErrors([fields.email], form.errors, fields.email.id)
	const { key: emailKey, ...email } = inputFieldProps(fields.email, 'email')
	const head: TableCell[] = [
		{ text: 'Name' },
		{ text: 'Email address' },
		{ text: 'Council' },
		{ text: 'Sees' },
		{ text: 'Action' },
	]
	const rows: TableCell[][] = loaderData.holders.map((holder) => [
		{ text: holder.name },
		{ text: holder.email },
		{ text: holder.council },
		{ text: roleNames[holder.deploymentRole!] },
		holder.deploymentRole === 'consortium'
			? {
					children: (
						<Form method="post">
							<input type="hidden" name="userId" value={holder.id} />
							<input type="hidden" name="version" value={holder.version} />
							<Button
								text="Remove"
								name="intent"
								value="remove"
								classes="govuk-button--secondary govuk-!-margin-bottom-0"
								attributes={{ 'aria-label': `Remove ${holder.name}’s access to the consortium figures` }}
							/>
						</Form>
					),
				}
			: { text: 'Every page' },
	])
	return (
		<>
			<BackLink href={href('/deployment')} text="Back to councils" />
			<DocumentTitle title="Who sees the consortium figures" hasErrors={errors.length > 0} />
			<NoticeBanner />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<h1 className="govuk-heading-l">Who sees the consortium figures</h1>
					<p className="govuk-body">
						The consortium figures compare every council’s committed and delivered social value. Besides deployment
						administrators, council staff you name here can see them, whatever their role in their own council.
					</p>
					<Form method="post" {...getFormProps(form)}>
						<Input
							label={{ text: 'Email address of a member of a council’s staff', classes: 'govuk-label--s' }}
							key={emailKey}
							{...email}
							autocomplete="off"
							spellcheck={false}
						/>
						<Button text="Let them see the figures" name="intent" value="grant" />
					</Form>
				</div>
			</div>
			<Table caption="Who sees the figures now" captionClasses="govuk-table__caption--m" head={head} rows={rows} />
		</>
	)
}

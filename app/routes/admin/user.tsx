import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { councilRoles, roleLabels } from '#app/domain/roles.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { changeRole, resendInvitation, setUserDisabled, userWithActivity } from '#app/lib/user-admin.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { radiosFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'
import { activityHead, activityRows } from './user-activity-table.ts'
import type { Route } from './+types/user.ts'

const version = z.coerce.number({ error: 'Reload the page and try again' }).int().min(1)

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('change-role'), role: z.enum(councilRoles, { error: 'Select a role' }), version }),
	z.object({ intent: z.literal('disable'), version }),
	z.object({ intent: z.literal('enable'), version }),
	z.object({ intent: z.literal('resend-invitation') }),
])

const notices = {
	'change-role': 'role-changed',
	disable: 'user-disabled',
	enable: 'user-enabled',
	'resend-invitation': 'invitation-resent',
} as const

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const found = userWithActivity(admin.organisationId, parseId(params.userId))
	if (!found) throw new Response('Not found', { status: 404 })
	return { ...found, isSelf: admin.id === found.user.id }
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const userId = parseId(params.userId)
	// Another council's staff do not exist here: nothing about them is shown, nothing changes.
	if (!userWithActivity(admin.organisationId, userId)) throw new Response('Not found', { status: 404 })
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version', 'intent']) }, { status: 400 })
	const ctx = { ip: context.clientIp, now: Date.now() }
	const value = submission.value
	const outcome =
		value.intent === 'change-role'
			? changeRole(admin, { userId, role: value.role, version: value.version }, ctx)
			: value.intent === 'resend-invitation'
				? resendInvitation(admin, userId, ctx)
				: setUserDisabled(admin, { userId, disabled: value.intent === 'disable', version: value.version }, ctx)
	if (!outcome.ok) {
		const reply = outcome.field
			? submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } })
			: submission.reply({ formErrors: [outcome.message] })
		return data({ result: reply }, { status: outcome.message.includes('someone else') ? 409 : 400 })
	}
	return redirect(withNotice(href('/admin/users/:userId', { userId: String(userId) }), notices[value.intent]))
}

export default function UserPage({ loaderData, actionData }: Route.ComponentProps) {
	const { user, activity, isSelf } = loaderData
	const [form, fields] = useForm({
		// A new version of the user starts the form again from what is saved.
		id: `user-admin-${user.version}`,
		lastResult: actionData?.result,
		defaultValue: { role: user.role },
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ActionSchema }),
	})
	const errors = collectErrors([fields.role], form.errors, 'user-actions')
	const { key: roleKey, ...roleRadios } = radiosFieldProps(fields.role)
	const isCouncil = user.role !== 'supplier'
	return (
		<>
			<BackLink href={href('/admin/users')} text="Back to users" />
			<DocumentTitle title={user.name} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					{errors.length === 0 ? <NoticeBanner /> : <FormErrorSummary errors={errors} />}
					<span className="govuk-caption-l">{user.organisation}</span>
					<h1 className="govuk-heading-l">{user.name}</h1>
					<SummaryList
						rows={[
							{ key: { text: 'Email address' }, value: { text: user.email } },
							{ key: { text: 'Role' }, value: { text: roleLabels[user.role] } },
							{ key: { text: 'Status' }, value: { children: <UserStatusTag status={user.status} /> } },
						]}
					/>
					<div id="user-actions" tabIndex={-1}>
						{isCouncil && !isSelf ? (
							<Form method="post" {...getFormProps(form)}>
								<input type="hidden" name="version" value={user.version} />
								<Radios
									key={roleKey}
									{...roleRadios}
									fieldset={{ legend: { text: 'Change role', classes: 'govuk-fieldset__legend--m' } }}
									items={councilRoles.map((role) => ({ value: role, text: roleLabels[role] }))}
								/>
								<Button text="Save role" name="intent" value="change-role" />
							</Form>
						) : null}
						{!isSelf ? (
							<>
								<h2 className="govuk-heading-m">Access</h2>
								<Form method="post">
									<input type="hidden" name="version" value={user.version} />
									{user.status === 'disabled' ? (
										<>
											<p className="govuk-body">This user cannot sign in.</p>
											<Button text="Enable user" name="intent" value="enable" classes="govuk-button--secondary" />
										</>
									) : (
										<>
											<p className="govuk-body">Disabling a user signs them out at once and stops them signing in.</p>
											<Button text="Disable user" name="intent" value="disable" classes="govuk-button--warning" />
										</>
									)}
								</Form>
								{user.status === 'invited' ? (
									<Form method="post">
										<Button
											text="Send a new invitation"
											name="intent"
											value="resend-invitation"
											classes="govuk-button--secondary"
										/>
									</Form>
								) : null}
							</>
						) : (
							<p className="govuk-body">
								This is your own account: another administrator can change its role or access.
							</p>
						)}
					</div>
					<h2 className="govuk-heading-m">Recent activity</h2>
					{activity.length === 0 ? (
						<p className="govuk-body">No activity recorded yet.</p>
					) : (
						<Table
							caption="Recent activity"
							captionClasses="govuk-visually-hidden"
							head={activityHead}
							rows={activityRows(activity)}
						/>
					)}
				</div>
			</div>
		</>
	)
}

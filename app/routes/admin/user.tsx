import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { and, desc, eq } from 'drizzle-orm'
import { Form, data, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { db } from '#db/client.server.ts'
import { auditEvents, organisations, users } from '#db/schema.ts'
import { formatDateTime } from '#app/domain/dates.ts'
import { councilRoles, roleLabels } from '#app/domain/roles.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { changeRole, resendInvitation, setUserDisabled } from '#app/lib/user-admin.server.ts'
import { invalidFormReply } from '#app/lib/form-reply.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors, firstError } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'
import type { Route } from './+types/user.ts'

const version = z.coerce.number({ error: 'Reload the page and try again' }).int().min(1)

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('change-role'), role: z.enum(councilRoles, { error: 'Select a role' }), version }),
	z.object({ intent: z.literal('disable'), version }),
	z.object({ intent: z.literal('enable'), version }),
	z.object({ intent: z.literal('resend-invitation') }),
])

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const userId = parseId(params.userId)
	const user = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			status: users.status,
			version: users.version,
			createdAt: users.createdAt,
			organisation: organisations.name,
		})
		.from(users)
		.innerJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(users.id, userId))
		.get()
	if (!user) throw new Response('Not found', { status: 404 })
	const history = db
		.select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actor: users.name })
		.from(auditEvents)
		.leftJoin(users, eq(users.id, auditEvents.actorUserId))
		.where(and(eq(auditEvents.subjectType, 'user'), eq(auditEvents.subjectId, String(userId))))
		.orderBy(desc(auditEvents.at), desc(auditEvents.id))
		.limit(20)
		.all()
	return { user, history, isSelf: admin.id === user.id }
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const userId = parseId(params.userId)
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
	const notices = {
		'change-role': 'role-changed',
		disable: 'user-disabled',
		enable: 'user-enabled',
		'resend-invitation': 'invitation-resent',
	} as const
	return redirect(`/admin/users/${userId}?notice=${notices[value.intent]}`)
}

const actionLabels: Record<string, string> = {
	sign_in: 'Signed in',
	sign_in_failed: 'Failed sign-in',
	sign_out: 'Signed out',
	password_changed: 'Password changed',
	password_reset_requested: 'Password reset requested',
	user_invited: 'Invited',
	invitation_accepted: 'Accepted invitation',
	role_changed: 'Role changed',
	user_disabled: 'Disabled',
	user_enabled: 'Enabled',
}

export default function UserPage({ loaderData }: Route.ComponentProps) {
	const { user, history, isSelf } = loaderData
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'user-admin',
		lastResult: actionData?.result,
		onValidate: ({ formData }) => parseWithZod(formData, { schema: ActionSchema }),
	})
	const errors = collectErrors([fields.role], form.errors, 'user-actions')
	const isCouncil = user.role !== 'supplier'
	return (
		<>
			<BackLink href="/admin/users" text="Back to users" />
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
									key={`role-${user.version}`}
									name="role"
									idPrefix={fields.role.id}
									value={user.role}
									fieldset={{ legend: { text: 'Change role', classes: 'govuk-fieldset__legend--m' } }}
									errorMessage={firstError(fields.role)}
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
					{history.length === 0 ? (
						<p className="govuk-body">No activity recorded yet.</p>
					) : (
						<table className="govuk-table">
							<caption className="govuk-table__caption govuk-visually-hidden">Recent activity</caption>
							<thead className="govuk-table__head">
								<tr className="govuk-table__row">
									<th scope="col" className="govuk-table__header">
										When
									</th>
									<th scope="col" className="govuk-table__header">
										What
									</th>
									<th scope="col" className="govuk-table__header">
										By
									</th>
								</tr>
							</thead>
							<tbody className="govuk-table__body">
								{history.map((event) => (
									<tr className="govuk-table__row" key={event.id}>
										<td className="govuk-table__cell">{formatDateTime(event.at)}</td>
										<td className="govuk-table__cell">{actionLabels[event.action] ?? event.action}</td>
										<td className="govuk-table__cell">{event.actor ?? '–'}</td>
									</tr>
								))}
							</tbody>
						</table>
					)}
				</div>
			</div>
		</>
	)
}

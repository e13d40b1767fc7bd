import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { organisationFields, supplierTypeLabels } from '#app/domain/suppliers/registration.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { RELOAD_AND_TRY_AGAIN } from '#app/lib/form-reply.ts'
import {
	loadOwnOrganisation,
	removeMember,
	setReminderRecipients,
	updateOrganisation,
} from '#app/lib/supplier-organisation.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { UserStatusTag } from '#app/components/user-status-tag.tsx'
import type { Route } from './+types/organisation.ts'

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('details'), version: z.coerce.number().int(), ...organisationFields }),
	z.object({
		intent: z.literal('reminders'),
		recipients: z.array(z.coerce.number().int().min(1)).max(500).default([]),
	}),
	z.object({ intent: z.literal('remove'), userId: z.coerce.number().int().min(1), version: z.coerce.number().int() }),
])

type ActionError = { errors: Array<{ text: string; href: string }>; fieldErrors: Record<string, string> }

function failure(errors: ActionError['errors'], fieldErrors: Record<string, string> = {}, status = 400) {
	return data<ActionError>({ errors, fieldErrors }, { status })
}

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const { organisation, members } = loadOwnOrganisation(user)
	const me = members.find((m) => m.id === user.id)
	return { organisation, members, userId: user.id, isOrgAdmin: Boolean(me?.isOrgAdmin) }
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['supplier'])
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success') {
		// The button, the version and the member are typed by nobody: if they are wrong, the page is out of date.
		const unseen = Object.keys(submission.error ?? {}).some(
			(key) => ['intent', 'version', 'userId'].includes(key) || key.startsWith('recipients'),
		)
		if (unseen) return failure([{ text: RELOAD_AND_TRY_AGAIN, href: '#details' }])
		const fieldErrors = Object.fromEntries(
			Object.entries(submission.error ?? {}).map(([key, messages]) => [key, messages?.[0] ?? 'Check this answer']),
		)
		return failure(
			Object.entries(fieldErrors).map(([key, text]) => ({ text, href: `#${key}` })),
			fieldErrors,
		)
	}
	const ctx = { ip: context.clientIp, now: Date.now() }
	const value = submission.value
	const result =
		value.intent === 'details'
			? updateOrganisation(user, value, ctx)
			: value.intent === 'reminders'
				? setReminderRecipients(user, value.recipients, ctx)
				: removeMember(user, { userId: value.userId, version: value.version }, ctx)
	if (!result.ok) {
		const href = result.field ? `#${result.field}` : value.intent === 'remove' ? '#members' : '#details'
		return failure([{ text: result.message, href }], result.field ? { [result.field]: result.message } : {})
	}
	const notice = { details: 'organisation-saved', reminders: 'reminders-saved', remove: 'member-removed' }[value.intent]
	return redirect(`/organisation?notice=${notice}`)
}

export default function OrganisationPage({ loaderData }: Route.ComponentProps) {
	const { organisation, members, isOrgAdmin, userId } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData?.errors ?? []
	const fieldError = (name: string) =>
		actionData?.fieldErrors[name] ? { text: actionData.fieldErrors[name] } : undefined
	const type = organisation.supplierType ? supplierTypeLabels[organisation.supplierType].text : 'Not given'
	return (
		<>
			<DocumentTitle title={organisation.name} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">Your organisation</span>
			<h1 className="govuk-heading-l">{organisation.name}</h1>
			<SummaryList
				rows={[
					{ key: { text: 'Type' }, value: { text: type } },
					{
						key: { text: 'Companies House or charity number' },
						value: { text: organisation.registrationNumber ?? 'Not given' },
					},
					{ key: { text: 'Postcode' }, value: { text: organisation.postcode ?? '' } },
				]}
			/>

			<h2 className="govuk-heading-m" id="members" tabIndex={-1}>
				People
			</h2>
			{isOrgAdmin ? (
				<a href="/organisation/invite" className="govuk-button govuk-button--secondary" role="button" draggable="false">
					Invite a colleague
				</a>
			) : null}
			<table className="govuk-table">
				<caption className="govuk-table__caption govuk-visually-hidden">People in your organisation</caption>
				<thead className="govuk-table__head">
					<tr className="govuk-table__row">
						<th scope="col" className="govuk-table__header">
							Name
						</th>
						<th scope="col" className="govuk-table__header">
							Email address
						</th>
						<th scope="col" className="govuk-table__header">
							Status
						</th>
						<th scope="col" className="govuk-table__header">
							Receives reminders
						</th>
						{isOrgAdmin ? (
							<th scope="col" className="govuk-table__header">
								<span className="govuk-visually-hidden">Actions</span>
							</th>
						) : null}
					</tr>
				</thead>
				<tbody className="govuk-table__body">
					{members.map((member) => (
						<tr className="govuk-table__row" key={member.id}>
							<td className="govuk-table__cell">
								{member.name}
								{member.isOrgAdmin ? (
									<div className="govuk-hint govuk-!-margin-bottom-0">Manages the organisation</div>
								) : null}
							</td>
							<td className="govuk-table__cell">{member.email}</td>
							<td className="govuk-table__cell">
								<UserStatusTag status={member.status} />
							</td>
							<td className="govuk-table__cell">{member.receivesReminders ? 'Yes' : 'No'}</td>
							{isOrgAdmin ? (
								<td className="govuk-table__cell">
									{member.id !== userId ? (
										<Form method="post">
											<input type="hidden" name="intent" value="remove" />
											<input type="hidden" name="userId" value={member.id} />
											<input type="hidden" name="version" value={member.version} />
											<button type="submit" className="app-button-link">
												Remove<span className="govuk-visually-hidden"> {member.name}</span>
											</button>
										</Form>
									) : null}
								</td>
							) : null}
						</tr>
					))}
				</tbody>
			</table>

			{isOrgAdmin ? (
				<div className="govuk-grid-row">
					<div className="govuk-grid-column-two-thirds">
						<Form method="post">
							<input type="hidden" name="intent" value="reminders" />
							<div className={`govuk-form-group${fieldError('recipients') ? ' govuk-form-group--error' : ''}`}>
								<fieldset
									className="govuk-fieldset"
									aria-describedby={`recipients-hint${fieldError('recipients') ? ' recipients-error' : ''}`}
								>
									<legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who receives reminders</legend>
									<div id="recipients-hint" className="govuk-hint">
										Reminders about returns and tender deadlines go to these people. Select at least one.
									</div>
									{fieldError('recipients') ? (
										<p id="recipients-error" className="govuk-error-message">
											<span className="govuk-visually-hidden">Error:</span> {fieldError('recipients')?.text}
										</p>
									) : null}
									<div className="govuk-checkboxes" data-module="govuk-checkboxes">
										{members.map((member, index) => (
											<div className="govuk-checkboxes__item" key={member.id}>
												<input
													className="govuk-checkboxes__input"
													id={index === 0 ? 'recipients' : `recipients-${member.id}`}
													name="recipients"
													type="checkbox"
													value={member.id}
													defaultChecked={member.receivesReminders}
												/>
												<label
													className="govuk-label govuk-checkboxes__label"
													htmlFor={index === 0 ? 'recipients' : `recipients-${member.id}`}
												>
													{member.name}
												</label>
											</div>
										))}
									</div>
								</fieldset>
							</div>
							<Button text="Save reminder choices" classes="govuk-button--secondary" />
						</Form>

						<h2 className="govuk-heading-m" id="details" tabIndex={-1}>
							Change your organisation’s details
						</h2>
						<Form method="post">
							<input type="hidden" name="intent" value="details" />
							<input type="hidden" name="version" value={organisation.version} />
							<Input
								id="organisationName"
								name="organisationName"
								label={{ text: 'Organisation name', classes: 'govuk-label--s' }}
								value={organisation.name}
								errorMessage={fieldError('organisationName')}
							/>
							<Radios
								name="supplierType"
								idPrefix="supplierType"
								value={organisation.supplierType ?? ''}
								fieldset={{ legend: { text: 'Type of organisation', classes: 'govuk-fieldset__legend--s' } }}
								errorMessage={fieldError('supplierType')}
								items={Object.entries(supplierTypeLabels).map(([value, label]) => ({ value, text: label.text }))}
							/>
							<Input
								id="registrationNumber"
								name="registrationNumber"
								label={{ text: 'Companies House or charity number (optional)', classes: 'govuk-label--s' }}
								classes="govuk-input--width-10"
								value={organisation.registrationNumber ?? ''}
								errorMessage={fieldError('registrationNumber')}
							/>
							<Input
								id="postcode"
								name="postcode"
								label={{ text: 'Postcode', classes: 'govuk-label--s' }}
								classes="govuk-input--width-10"
								value={organisation.postcode ?? ''}
								errorMessage={fieldError('postcode')}
							/>
							<Button text="Save details" classes="govuk-button--secondary" />
						</Form>
					</div>
				</div>
			) : (
				<p className="govuk-body">
					Ask a colleague who manages your organisation to invite people or change these details.
				</p>
			)}
		</>
	)
}

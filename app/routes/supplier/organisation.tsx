import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect, useLocation } from 'react-router'
import { z } from 'zod'
import { organisationFields, supplierTypeLabels } from '#app/domain/suppliers/registration.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import {
	loadOwnOrganisation,
	removeMember,
	setReminderRecipients,
	updateOrganisation,
} from '#app/lib/supplier-organisation.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps, inputFieldProps, radiosFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { type NoticeKey, withNotice } from '#app/components/notices.ts'
import { type Member, memberHead, memberRows } from './organisation-members.tsx'
import type { Route } from './+types/organisation.ts'

const DetailsSchema = z.object({ intent: z.literal('details'), version: z.number().int(), ...organisationFields })
const RemindersSchema = z.object({
	intent: z.literal('reminders'),
	recipients: z.array(z.number().int().min(1)).max(500).default([]),
})
const RemoveSchema = z.object({
	intent: z.literal('remove'),
	userId: z.number().int().min(1),
	version: z.number().int(),
})
const ActionSchema = z.discriminatedUnion('intent', [DetailsSchema, RemindersSchema, RemoveSchema])

type Intent = z.infer<typeof ActionSchema>['intent']

const notices: Record<Intent, NoticeKey> = {
	details: 'organisation-saved',
	reminders: 'reminders-saved',
	remove: 'member-removed',
}

/** The button, the version, the member and the people to choose from are typed by nobody: if they are wrong, the page is out of date. */
function unseenFields(errors: Record<string, unknown> | null | undefined): string[] {
	return Object.keys(errors ?? {}).filter(
		(name) => ['intent', 'version', 'userId'].includes(name) || name.startsWith('recipients'),
	)
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
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, unseenFields(submission.error)) }, { status: 400 })
	const ctx = { ip: context.clientIp, now: Date.now() }
	const value = submission.value
	const result =
		value.intent === 'details'
			? updateOrganisation(user, value, ctx)
			: value.intent === 'reminders'
				? setReminderRecipients(user, value.recipients, ctx)
				: removeMember(user, { userId: value.userId, version: value.version }, ctx)
	if (!result.ok) {
		const reply = result.field
			? submission.reply({ fieldErrors: { [result.field]: [result.message] } })
			: submission.reply({ formErrors: [result.message] })
		return data({ result: reply }, { status: 400 })
	}
	return redirect(withNotice(href('/organisation'), notices[value.intent]))
}

/**
 * The reply as one of the page's forms takes it: only the form whose button was pressed.
 * A reply whose button is unknown is shown with the organisation's details, where a page
 * out of date is told to reload.
 */
function replyFor(result: SubmissionResult | undefined, intent: Intent): SubmissionResult | undefined {
	const sent = result?.initialValue?.intent
	const known = sent === 'reminders' || sent === 'remove'
	return (known ? sent === intent : intent === 'details') ? result : undefined
}

/**
 * The page's three forms start afresh whenever the page is arrived at: after one of them is
 * saved, no form keeps the errors of an earlier try; after a refusal, its reply is shown.
 */
export default function OrganisationPage(props: Route.ComponentProps) {
	return <Organisation key={useLocation().key} {...props} />
}

function Organisation({ loaderData, actionData }: Route.ComponentProps) {
	const { organisation, members, isOrgAdmin, userId } = loaderData
	const [detailsForm, details] = useForm<z.input<typeof DetailsSchema>>({
		id: 'organisation-details',
		lastResult: replyFor(actionData?.result, 'details'),
		defaultValue: {
			organisationName: organisation.name,
			supplierType: organisation.supplierType ?? '',
			registrationNumber: organisation.registrationNumber ?? '',
			postcode: organisation.postcode ?? '',
		},
	})
	const [remindersForm, reminders] = useForm<z.input<typeof RemindersSchema>>({
		id: 'reminders',
		lastResult: replyFor(actionData?.result, 'reminders'),
		defaultValue: { recipients: members.filter((m) => m.receivesReminders).map((m) => String(m.id)) },
	})
	const [removeForm] = useForm({ id: 'remove-member', lastResult: replyFor(actionData?.result, 'remove') })
	// In the order of the page: the people, who receives reminders, then the details.
	const errors = [
		...collectErrors([], removeForm.errors, 'members'),
		...collectErrors([reminders.recipients], remindersForm.errors, reminders.recipients.id),
		...collectErrors(
			[details.organisationName, details.supplierType, details.registrationNumber, details.postcode],
			detailsForm.errors,
			'details',
		),
	]
	const type = organisation.supplierType ? supplierTypeLabels[organisation.supplierType].text : 'Not given'
	const { key: recipientsKey, ...recipients } = checkboxesFieldProps(reminders.recipients)
	const { key: nameKey, ...name } = inputFieldProps(details.organisationName)
	const { key: supplierTypeKey, ...supplierType } = radiosFieldProps(details.supplierType)
	const { key: registrationKey, ...registrationNumber } = inputFieldProps(details.registrationNumber)
	const { key: postcodeKey, ...postcode } = inputFieldProps(details.postcode)
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
				<Button href={href('/organisation/invite')} text="Invite a colleague" classes="govuk-button--secondary" />
			) : null}
			<Table
				caption="People in your organisation"
				captionClasses="govuk-visually-hidden"
				head={memberHead(isOrgAdmin)}
				rows={memberRows(members, {
					manages: isOrgAdmin,
					remove: (member) => (member.id === userId ? null : <RemoveMember member={member} />),
				})}
			/>

			{isOrgAdmin ? (
				<div className="govuk-grid-row">
					<div className="govuk-grid-column-two-thirds">
						<Form method="post" {...getFormProps(remindersForm)}>
							<input type="hidden" name="intent" value="reminders" />
							<Checkboxes
								key={recipientsKey}
								{...recipients}
								fieldset={{ legend: { text: 'Who receives reminders', classes: 'govuk-fieldset__legend--m' } }}
								hint={{ text: 'Reminders about returns and tender deadlines go to these people. Select at least one.' }}
								items={members.map((member) => ({ value: String(member.id), text: member.name }))}
							/>
							<Button text="Save reminder choices" classes="govuk-button--secondary" />
						</Form>

						<h2 className="govuk-heading-m" id="details" tabIndex={-1}>
							Change your organisation’s details
						</h2>
						<Form method="post" {...getFormProps(detailsForm)}>
							<input type="hidden" name="intent" value="details" />
							<input type="hidden" name="version" value={organisation.version} />
							<Input key={nameKey} {...name} label={{ text: 'Organisation name', classes: 'govuk-label--s' }} />
							<Radios
								key={supplierTypeKey}
								{...supplierType}
								fieldset={{ legend: { text: 'Type of organisation', classes: 'govuk-fieldset__legend--s' } }}
								items={Object.entries(supplierTypeLabels).map(([value, label]) => ({ value, text: label.text }))}
							/>
							<Input
								key={registrationKey}
								{...registrationNumber}
								label={{ text: 'Companies House or charity number (optional)', classes: 'govuk-label--s' }}
								classes="govuk-input--width-10"
							/>
							<Input
								key={postcodeKey}
								{...postcode}
								label={{ text: 'Postcode', classes: 'govuk-label--s' }}
								classes="govuk-input--width-10"
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

function RemoveMember({ member }: { member: Member }) {
	return (
		<Form method="post">
			<input type="hidden" name="intent" value="remove" />
			<input type="hidden" name="userId" value={member.id} />
			<input type="hidden" name="version" value={member.version} />
			<button type="submit" className="app-button-link">
				Remove<span className="govuk-visually-hidden"> {member.name}</span>
			</button>
		</Form>
	)
}

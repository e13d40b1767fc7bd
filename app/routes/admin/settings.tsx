import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { CouncilSettingsSchema } from '#app/domain/council-settings.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getSettings, saveSettings } from '#app/lib/settings.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/settings.ts'

const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
]

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	return { settings: getSettings(admin.organisationId) }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: CouncilSettingsSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = saveSettings(admin, submission.value, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 409 })
	return redirect(withNotice(href('/admin/settings'), 'settings-saved'))
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
	const { settings } = loaderData
	const [form, fields] = useForm({
		id: 'settings',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: CouncilSettingsSchema }),
		defaultValue: {
			councilName: settings.councilName,
			defaultWeightingPercent: String(settings.defaultWeightingPercent),
			maxMeasuresPerTender: String(settings.maxMeasuresPerTender),
			minimumTenderPeriodDays: String(settings.minimumTenderPeriodDays),
			financialYearStartMonth: String(settings.financialYearStartMonth),
			returnDueDays: String(settings.returnDueDays),
			ragGreenPercent: String(settings.ragGreenPercent),
			ragAmberPercent: String(settings.ragAmberPercent),
			reminderLeadDays: settings.reminderLeadDays.join(', '),
		},
	})
	const errors = collectErrors(
		[
			fields.councilName,
			fields.defaultWeightingPercent,
			fields.maxMeasuresPerTender,
			fields.minimumTenderPeriodDays,
			fields.financialYearStartMonth,
			fields.returnDueDays,
			fields.ragGreenPercent,
			fields.ragAmberPercent,
			fields.reminderLeadDays,
		],
		form.errors,
		fields.councilName.id,
	)
	const { key: councilNameKey, ...councilName } = inputFieldProps(fields.councilName)
	const { key: yearStartKey, ...yearStart } = selectFieldProps(fields.financialYearStartMonth)
	const { key: leadDaysKey, ...leadDays } = inputFieldProps(fields.reminderLeadDays)
	/** A whole number of days or percent. */
	const number = (field: typeof fields.returnDueDays) => {
		const { key, ...props } = inputFieldProps(field)
		return { key, props: { ...props, inputmode: 'numeric' as const, spellcheck: false } }
	}
	const weighting = number(fields.defaultWeightingPercent)
	const maxMeasures = number(fields.maxMeasuresPerTender)
	const tenderPeriod = number(fields.minimumTenderPeriodDays)
	const returnDue = number(fields.returnDueDays)
	const green = number(fields.ragGreenPercent)
	const amber = number(fields.ragAmberPercent)
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Settings" hasErrors={errors.length > 0} />
			<div className="govuk-grid-column-two-thirds">
				{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
				<h1 className="govuk-heading-l">Settings</h1>
				<Form method="post" {...getFormProps(form)}>
					<input type="hidden" name="version" value={settings.version} />
					<Input
						label={{ text: 'Council name', classes: 'govuk-label--s' }}
						hint={{ text: 'Shown in the header, page titles and emails' }}
						key={councilNameKey}
						{...councilName}
					/>
					<h2 className="govuk-heading-m">Tenders</h2>
					<Input
						label={{ text: 'Default social value weighting', classes: 'govuk-label--s' }}
						hint={{ text: 'Share of the total tender score, used for new tenders' }}
						suffix={{ text: '%' }}
						classes="govuk-input--width-3"
						key={weighting.key}
						{...weighting.props}
					/>
					<Input
						label={{ text: 'Maximum measures per tender', classes: 'govuk-label--s' }}
						classes="govuk-input--width-3"
						key={maxMeasures.key}
						{...maxMeasures.props}
					/>
					<Input
						label={{ text: 'Minimum tender period', classes: 'govuk-label--s' }}
						hint={{
							text: 'Calendar days from publishing to the submission deadline. Publishing a tender with less time asks the contract manager to confirm',
						}}
						suffix={{ text: 'days' }}
						classes="govuk-input--width-3"
						key={tenderPeriod.key}
						{...tenderPeriod.props}
					/>
					<h2 className="govuk-heading-m">Progress returns</h2>
					<Select
						label={{ text: 'Financial year starts in', classes: 'govuk-label--s' }}
						key={yearStartKey}
						{...yearStart}
						items={months.map((month, index) => ({ value: String(index + 1), text: month }))}
					/>
					<Input
						label={{ text: 'Days to file a return after its period ends', classes: 'govuk-label--s' }}
						suffix={{ text: 'days' }}
						classes="govuk-input--width-3"
						key={returnDue.key}
						{...returnDue.props}
					/>
					<Input
						label={{ text: 'Green when delivery is at least', classes: 'govuk-label--s' }}
						hint={{ text: 'Delivered to date as a share of what was expected by now' }}
						suffix={{ text: '%' }}
						classes="govuk-input--width-3"
						key={green.key}
						{...green.props}
					/>
					<Input
						label={{ text: 'Amber when delivery is at least', classes: 'govuk-label--s' }}
						hint={{ text: 'Below this it is red' }}
						suffix={{ text: '%' }}
						classes="govuk-input--width-3"
						key={amber.key}
						{...amber.props}
					/>
					<Input
						label={{ text: 'Send reminders this many days before a return is due', classes: 'govuk-label--s' }}
						hint={{ text: 'Separate with commas, for example 14, 3' }}
						key={leadDaysKey}
						{...leadDays}
						classes="govuk-input--width-10"
						spellcheck={false}
					/>
					<Button text="Save settings" />
				</Form>
			</div>
		</div>
	)
}

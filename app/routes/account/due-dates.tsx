import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href } from 'react-router'
import { z } from 'zod'
import {
	byMonth,
	dueDateFiltersFrom,
	dueDateStateLabels,
	dueDateStates,
	dueDateTiming,
	filterChoices,
	filterDueDates,
	firstComingIndex,
} from '#app/domain/due-dates/due-dates.ts'
import { pageHolding, pageOf, pageSlice } from '#app/domain/pagination.ts'
import { requireUser } from '#app/lib/auth.server.ts'
import { hasCalendarFeed, issueCalendarFeed } from '#app/lib/calendar-feeds.server.ts'
import { dueDatePath, dueDatesFor } from '#app/lib/due-dates.server.ts'
import { emailLink } from '#app/lib/email-links.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import { dueDateRows, dueDatesHead } from './due-dates-rows.tsx'
import type { Route } from './+types/due-dates.ts'

const PAGE_SIZE = 50

const RESET_NOT_CONFIRMED = 'Confirm that the old calendar address will stop working'

const ActionSchema = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('make-calendar-address') }),
	z.object({
		intent: z.literal('reset-calendar-address'),
		confirmReset: z.literal('yes', { error: RESET_NOT_CONFIRMED }),
	}),
])

export function loader({ request }: Route.LoaderArgs) {
	const user = requireUser(request)
	const now = Date.now()
	const params = new URL(request.url).searchParams
	const filters = dueDateFiltersFrom(params)
	const all = dueDatesFor(user, now)
	const shown = filterDueDates(all, filters)
	// Without a page asked for, the list opens at what is due next; earlier dates are a page back.
	const opening = String(pageHolding(firstComingIndex(shown, now), PAGE_SIZE))
	const page = pageOf(shown.length, params.get('page') ?? opening, PAGE_SIZE)
	const entries = pageSlice(shown, page).map((entry) => ({
		...entry,
		path: dueDatePath(entry, user.role),
		timing: dueDateTiming(entry, now),
	}))
	return {
		isSupplier: user.role === 'supplier',
		filters,
		choices: filterChoices(all),
		page,
		months: byMonth(entries),
		hasCalendarAddress: hasCalendarFeed(user.id),
	}
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireUser(request)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['intent']) }, { status: 400 })
	if (submission.value.intent === 'make-calendar-address' && hasCalendarFeed(user.id))
		return data(
			{ result: submission.reply({ formErrors: ['You already have a calendar address: reset it to make a new one'] }) },
			{ status: 400 },
		)
	const token = issueCalendarFeed(user, { ip: context.clientIp, now: Date.now() })
	const calendarAddress = emailLink('/calendar/:feed', { feed: `${token}.ics` })
	return { result: submission.reply({ resetForm: true }), calendarAddress }
}

export default function DueDates({ loaderData, actionData }: Route.ComponentProps) {
	const { isSupplier, filters, choices, page, months, hasCalendarAddress } = loaderData
	const [form, fields] = useForm<{ intent: string; confirmReset?: 'yes' }>({
		id: 'calendar-form',
		lastResult: actionData?.result,
	})
	const { key: confirmKey, ...confirm } = checkboxesFieldProps(fields.confirmReset)
	const errors = collectErrors([fields.confirmReset], form.errors, 'calendar')
	const calendarAddress = actionData && 'calendarAddress' in actionData ? actionData.calendarAddress : null
	const filterSelects = [
		{ name: 'contract', label: 'Contract', all: 'All contracts', value: filters.contractId, items: choices.contracts },
		...(isSupplier
			? []
			: [
					{
						name: 'supplier',
						label: 'Supplier',
						all: 'All suppliers',
						value: filters.supplierId,
						items: choices.suppliers,
					},
				]),
		{
			name: 'state',
			label: 'Status',
			all: 'Any status',
			value: filters.state,
			items: dueDateStates.map((state) => ({ value: state, text: dueDateStateLabels[state] })),
		},
	]
	const filtered = filters.contractId !== null || filters.supplierId !== null || filters.state !== null
	return (
		<>
			<DocumentTitle title="Due dates" hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<h1 className="govuk-heading-l">Due dates</h1>
			<p className="govuk-body">
				{isSupplier
					? 'When your organisation’s progress returns are due, the deadlines of the tenders you are bidding for, and of the changes the council asked you to make to your matrices.'
					: 'When the progress returns on your contracts are due, the deadlines of your tenders, and of the changes asked of suppliers’ matrices.'}{' '}
				Each links to where it is done.
			</p>
			<Form method="get" className="app-filter-form">
				{filterSelects.map((select) => (
					<Select
						key={select.name}
						id={select.name}
						name={select.name}
						label={{ text: select.label, classes: 'govuk-label--s' }}
						value={select.value ?? ''}
						items={[{ value: '', text: select.all }, ...select.items]}
					/>
				))}
				<Button text="Show" classes="govuk-button--secondary" />
			</Form>
			{months.length === 0 ? (
				<p className="govuk-body">
					{filtered ? (
						<>
							No due dates match these filters.{' '}
							<a className="govuk-link" href={href('/due-dates')}>
								Show every due date
							</a>
						</>
					) : (
						'Nothing is due: no returns or tender deadlines concern you yet.'
					)}
				</p>
			) : (
				<div id="page" tabIndex={-1}>
					{months.map(({ month, entries }) => (
						<Table
							key={month}
							caption={month}
							captionClasses="govuk-table__caption--m"
							head={dueDatesHead}
							rows={dueDateRows(entries, !isSupplier)}
						/>
					))}
					<PageNavigation page={page} param="page" label="Pages of due dates" />
				</div>
			)}
			<h2 className="govuk-heading-m" id="calendar" tabIndex={-1}>
				Add these dates to your calendar
			</h2>
			<p className="govuk-body">
				<a className="govuk-link" href={href('/due-dates/calendar.ics')} download>
					Download your due dates as a calendar file (.ics)
				</a>{' '}
				to import them once, or subscribe to your calendar address so your calendar keeps up to date by itself.
			</p>
			{calendarAddress ? (
				<InsetText>
					<p className="govuk-body">
						Your calendar address is shown only now: copy it into your calendar (“Subscribe to calendar” or “Add
						calendar from URL”). Anyone who has it can see your due dates.
					</p>
					<p className="govuk-body">
						<code className="govuk-!-text-break-word" id="new-calendar-address">
							{calendarAddress}
						</code>
					</p>
				</InsetText>
			) : null}
			{hasCalendarAddress ? (
				<Form method="post" {...getFormProps(form)}>
					<p className="govuk-body">
						If you have lost your calendar address, or someone else may have it, reset it: you get a new address and the
						old one stops working.
					</p>
					<Checkboxes
						key={confirmKey}
						{...confirm}
						classes="govuk-checkboxes--small"
						items={[{ value: 'yes', text: 'I understand the old calendar address will stop working' }]}
					/>
					<Button text="Reset your calendar address" name="intent" value="reset-calendar-address" />
				</Form>
			) : (
				<Form method="post" {...getFormProps(form)}>
					<Button text="Make your calendar address" name="intent" value="make-calendar-address" />
				</Form>
			)}
		</>
	)
}

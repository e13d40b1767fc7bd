import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { dueDateTiming } from '#app/domain/due-dates/due-dates.ts'
import { periodState } from '#app/domain/returns/period-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getOwnPeriod, openReturn } from '#app/lib/returns.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { PeriodStateTag } from '#app/components/period-state-tag.tsx'
import type { Route } from './+types/return-start.ts'

/**
 * Where a return is started: the Start buttons of Your contracts and the contract page post
 * here, and a reminder links here for a return not started yet. Once it has been started,
 * the same link leads straight to the return.
 */
export function loader({ request, params }: Route.LoaderArgs) {
	const user = requireRole(request, ['supplier'])
	const own = getOwnPeriod(user, parseId(params.periodId))
	if (!own) throw new Response('Not found', { status: 404 })
	if (own.returnId !== null) throw redirect(href('/returns/:returnId', { returnId: String(own.returnId) }))
	const { period, contract } = own
	const now = Date.now()
	const state = periodState(period, null, now)
	return {
		contract: { id: contract.id, reference: contract.reference, title: contract.title },
		period: {
			label: period.label,
			startDate: period.startDate,
			endDate: period.endDate,
			dueDate: period.dueDate,
			active: period.active,
		},
		state,
		timing: dueDateTiming({ state, date: period.dueDate }, now),
	}
}

/** The Start button sends nothing: which period is in the address. */
const StartSchema = z.object({})

/** Starts the period's return (or finds the one a colleague started meanwhile) and opens it. */
export async function action({ request, params, context }: Route.ActionArgs) {
	const user = requireRole(request, ['supplier'])
	const periodId = parseId(params.periodId)
	// Another organisation's period does not exist for this supplier, whatever was sent.
	if (!getOwnPeriod(user, periodId)) throw new Response('Not found', { status: 404 })
	const submission = parseWithZod(await readFormData(request), { schema: StartSchema })
	const result = openReturn(user, periodId, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) {
		if (result.status === 404) throw new Response('Not found', { status: 404 })
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	}
	return redirect(href('/returns/:returnId', { returnId: String(result.returnId) }))
}

export default function ReturnStart({ loaderData, actionData }: Route.ComponentProps) {
	const { contract, period, state, timing } = loaderData
	const [form] = useForm({ id: 'start-return', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'start')
	return (
		<>
			<BackLink href={href('/your-contracts')} text="Back to your contracts" />
			<DocumentTitle title={`Start the ${period.label} return: ${contract.title}`} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">
				{contract.reference} · {contract.title}
			</span>
			<h1 className="govuk-heading-l">Start the {period.label} progress return</h1>
			<SummaryList
				rows={[
					{
						key: { text: 'Contract' },
						value: {
							children: (
								<a className="govuk-link" href={href('/contracts/:contractId', { contractId: String(contract.id) })}>
									{contract.title}
								</a>
							),
						},
					},
					{
						key: { text: 'Period' },
						value: { text: `${formatCalendarDate(period.startDate)} to ${formatCalendarDate(period.endDate)}` },
					},
					{
						key: { text: 'Due' },
						value: {
							children: (
								<>
									{formatCalendarDate(period.dueDate)} <PeriodStateTag state={state} />
									{timing ? (
										<>
											<br />
											{timing}
										</>
									) : null}
								</>
							),
						},
					},
				]}
			/>
			<div id="start" tabIndex={-1}>
				{!period.active ? (
					<InsetText>This period is no longer part of the contract, so it has no return.</InsetText>
				) : state === 'upcoming' ? (
					<InsetText>
						This period ends on {formatCalendarDate(period.endDate)}. You can start its return once it has ended.
					</InsetText>
				) : (
					<>
						<p className="govuk-body">
							For each commitment, tell the council what you delivered in this period, with your evidence. Your answers
							are saved as you go, and nothing is sent to the council until you submit.
						</p>
						<Form method="post" {...getFormProps(form)}>
							<Button text={`Start the ${period.label} return`} />
						</Form>
					</>
				)}
			</div>
		</>
	)
}

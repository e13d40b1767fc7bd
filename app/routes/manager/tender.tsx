import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData, type ShouldRevalidateFunctionArgs } from 'react-router'
import { eq } from 'drizzle-orm'
import { z } from 'zod'
import { db } from '#db/client.server.ts'
import { tomsEditions, users } from '#db/schema.ts'
import { shortPeriodNotConfirmed, shortPeriodWarning, shortTenderPeriod } from '#app/domain/tenders/tender-period.ts'
import { tenderState, tenderStateLabels, timeLeft } from '#app/domain/tenders/tender-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { submittedCount } from '#app/lib/matrices.server.ts'
import {
	canManageTender,
	cancelTender,
	getTender,
	publishTender,
	tenderAmendmentList,
	tenderMeasureDetails,
} from '#app/lib/tenders.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { getSettings } from '#app/lib/settings.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { AmendmentList, MeasuresInScope, TenderTermsList } from '#app/components/tender-summary.tsx'
import type { Route } from './+types/tender.ts'

function loadManaged(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const tender = getTender(parseId(param))
	if (!tender) throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, tender)) throw new Response('Not yours', { status: 403 })
	return { user, tender }
}

/** The warning shown before publishing a draft whose deadline is closer than the council's minimum tender period, if it is. */
function publishingWarning(tender: { status: string; deadlineAt: number }, now: number) {
	if (tender.status !== 'draft') return null
	const { minimumTenderPeriodDays } = getSettings()
	const period = shortTenderPeriod(tender.deadlineAt, now, minimumTenderPeriodDays)
	return period
		? {
				text: shortPeriodWarning(period, tender.deadlineAt, minimumTenderPeriodDays),
				minimumDays: minimumTenderPeriodDays,
			}
		: null
}

const CONFIRM_FIELD = 'shortPeriodConfirmed'

/** Publishing; a deadline closer than the minimum tender period needs the box ticked. */
function publishSchema(shortPeriod: { minimumDays: number } | null) {
	const confirmation = z.literal('yes', {
		error: shortPeriod ? shortPeriodNotConfirmed(shortPeriod.minimumDays) : 'Reload the page and try again',
	})
	return z.object({
		intent: z.literal('publish'),
		version: z.coerce.number().int().min(0),
		[CONFIRM_FIELD]: shortPeriod ? confirmation : confirmation.optional(),
	})
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { tender } = loadManaged(request, params.tenderId)
	const now = Date.now()
	const edition = db
		.select({ name: tomsEditions.name })
		.from(tomsEditions)
		.where(eq(tomsEditions.id, tender.editionId))
		.get()
	const manager = db.select({ name: users.name }).from(users).where(eq(users.id, tender.contractManagerId)).get()
	return {
		tender,
		state: tenderState(tender, now),
		timeLeft: timeLeft(tender.deadlineAt, now),
		editionName: edition?.name ?? '',
		managerName: manager?.name ?? '',
		measures: tenderMeasureDetails(tender.id),
		amendments: tenderAmendmentList(tender.id),
		submittedCount: submittedCount(tender.id),
		publishingWarning: publishingWarning(tender, now),
	}
}

// Publishing may be refused because the period has only just become short: the page then needs the warning.
export function shouldRevalidate({ formData, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
	return formData?.get('intent') === 'publish' || defaultShouldRevalidate
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const { user, tender } = loadManaged(request, params.tenderId)
	const formData = await readFormData(request)
	const version = Number(formData.get('version'))
	const ctx = { ip: context.clientIp, now: Date.now() }
	const intent = formData.get('intent')
	if (intent === 'cancel') {
		const reason = String(formData.get('reason') ?? '').trim()
		if (!reason)
			return data(
				{
					errors: [{ text: 'Enter the reason for cancelling', href: '#reason' }],
					reasonError: 'Enter the reason for cancelling',
				},
				{ status: 400 },
			)
		if (reason.length > 2000)
			return data(
				{
					errors: [{ text: 'Reason must be 2,000 characters or fewer', href: '#reason' }],
					reasonError: 'Reason must be 2,000 characters or fewer',
				},
				{ status: 400 },
			)
		const result = cancelTender(user, tender.id, version, reason, ctx)
		if (!result.ok)
			return data(
				{ errors: result.problems.map((p) => ({ text: p.message, href: '#tender-actions' })), reasonError: null },
				{ status: result.status ?? 400 },
			)
		return redirect(`/manage/tenders/${tender.id}?notice=tender-cancelled`)
	}
	if (intent === 'publish') {
		const warning = publishingWarning(tender, ctx.now)
		const submission = parseWithZod(formData, { schema: publishSchema(warning) })
		if (submission.status !== 'success') {
			const confirmError = submission.error?.[CONFIRM_FIELD]?.[0]
			const errors = confirmError
				? [{ text: confirmError, href: `#${CONFIRM_FIELD}` }]
				: [{ text: 'Reload the page and try again', href: '#tender-actions' }]
			return data({ errors, reasonError: null }, { status: 400 })
		}
		const result = publishTender(user, tender.id, submission.value.version, ctx, {
			shortPeriod: submission.value.shortPeriodConfirmed === 'yes',
		})
		if (!result.ok)
			return data(
				{ errors: result.problems.map((p) => ({ text: p.message, href: '#tender-actions' })), reasonError: null },
				{ status: result.status ?? 400 },
			)
		return redirect(`/manage/tenders/${tender.id}?notice=tender-published`)
	}
	return data(
		{ errors: [{ text: 'Reload the page and try again', href: '#tender-actions' }], reasonError: null },
		{ status: 400 },
	)
}

const stateClasses = {
	draft: 'govuk-tag--blue',
	open: 'govuk-tag--green',
	closed: 'govuk-tag--grey',
	cancelled: 'govuk-tag--red',
} as const

export default function TenderPage({ loaderData }: Route.ComponentProps) {
	const { tender, state, editionName, managerName, measures, amendments } = loaderData
	const actionData = useActionData<typeof action>()
	const errors = actionData?.errors ?? []
	const warning = loaderData.publishingWarning
	const confirmError = errors.find((error) => error.href === `#${CONFIRM_FIELD}`)?.text
	return (
		<>
			<BackLink href="/manage/tenders" text="Back to tenders" />
			<DocumentTitle title={tender.title} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">{tender.reference}</span>
			<h1 className="govuk-heading-l">{tender.title}</h1>
			<p className="govuk-body">
				<Tag text={tenderStateLabels[state]} classes={stateClasses[state]} />{' '}
				{state === 'open' ? loaderData.timeLeft : null} · Responsible contract manager: {managerName}
			</p>
			{tender.status === 'cancelled' ? (
				<div className="govuk-inset-text">
					Cancelled. Reason: <span className="app-preserve-lines">{tender.cancelledReason}</span>
				</div>
			) : null}
			{tender.status === 'published' ? (
				<div className="govuk-inset-text">
					{loaderData.submittedCount} {loaderData.submittedCount === 1 ? 'matrix has' : 'matrices have'} been submitted.
					{state === 'open' ? ' Bids are sealed: you can read them after the deadline.' : null}
					{state === 'closed' ? (
						<>
							{' '}
							<a className="govuk-link" href={`/manage/tenders/${tender.id}/matrices`}>
								Review and compare the matrices
							</a>
						</>
					) : null}
				</div>
			) : null}
			{tender.description ? <p className="govuk-body app-preserve-lines">{tender.description}</p> : null}
			<TenderTermsList tender={tender} editionName={editionName} />
			<h2 className="govuk-heading-m">Measures in scope</h2>
			<MeasuresInScope measures={measures} />
			<AmendmentList amendments={amendments} />

			<div id="tender-actions" tabIndex={-1}>
				{state === 'draft' ? (
					<Form method="post">
						<input type="hidden" name="version" value={tender.version} />
						{warning ? (
							<>
								<WarningText text={warning.text} />
								<Checkboxes
									name={CONFIRM_FIELD}
									errorMessage={confirmError ? { text: confirmError } : undefined}
									items={[
										{ value: 'yes', text: 'Publish it anyway, with less than the council’s minimum tender period' },
									]}
								/>
							</>
						) : null}
						<div className="govuk-button-group">
							<Button text="Publish tender" name="intent" value="publish" />
							<a
								className="govuk-button govuk-button--secondary"
								role="button"
								draggable="false"
								href={`/manage/tenders/${tender.id}/edit`}
							>
								Change tender
							</a>
						</div>
					</Form>
				) : null}
				{state === 'open' ? (
					<div className="govuk-button-group">
						<a
							className="govuk-button govuk-button--secondary"
							role="button"
							draggable="false"
							href={`/manage/tenders/${tender.id}/edit`}
						>
							Amend tender
						</a>
					</div>
				) : null}
				{tender.status !== 'cancelled' ? (
					<Form method="post">
						<h2 className="govuk-heading-m">Cancel this tender</h2>
						<input type="hidden" name="version" value={tender.version} />
						<Textarea
							id="reason"
							name="reason"
							label={{ text: 'Reason for cancelling', classes: 'govuk-label--s' }}
							hint={{ text: 'Suppliers who were bidding will see it' }}
							rows={3}
							errorMessage={actionData?.reasonError ? { text: actionData.reasonError } : undefined}
						/>
						<Button text="Cancel tender" name="intent" value="cancel" classes="govuk-button--warning" />
					</Form>
				) : null}
			</div>
		</>
	)
}

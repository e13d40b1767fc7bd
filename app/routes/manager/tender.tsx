import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect, type ShouldRevalidateFunctionArgs } from 'react-router'
import { z } from 'zod'
import { shortPeriodNotConfirmed, shortPeriodWarning, shortTenderPeriod } from '#app/domain/tenders/tender-period.ts'
import { tenderState, tenderStateLabels, tenderStateTagClasses, timeLeft } from '#app/domain/tenders/tender-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { RELOAD_AND_TRY_AGAIN, invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { submittedCount } from '#app/lib/matrices.server.ts'
import { enterableTender, enteredBids } from '#app/lib/entered-matrices.server.ts'
import type { SessionUser } from '#app/lib/auth.server.ts'
import { BidsEntered } from '#app/components/bids-entered.tsx'
import {
	canManageTender,
	cancelTender,
	councilTender,
	publishTender,
	tenderAmendmentList,
	tenderManagerName,
	tenderMeasureDetails,
} from '#app/lib/tenders.server.ts'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { getSettings } from '#app/lib/settings.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps, textareaFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { Textarea } from '#app/components/govuk/textarea.tsx'
import { WarningText } from '#app/components/govuk/warning-text.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { AmendmentList, MeasuresInScope, TenderTermsList } from '#app/components/tender-summary.tsx'
import type { Route } from './+types/tender.ts'

function loadManaged(request: Request, param: string | undefined) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const tender = councilTender(user, parseId(param))
	// A contract being recorded directly is not a tender: it has its own pages.
	if (!tender || tender.bidding === 'direct') throw new Response('Not found', { status: 404 })
	if (!canManageTender(user, tender)) throw new Response('Not yours', { status: 403 })
	return { user, tender }
}

/** The warning shown before publishing a draft whose deadline is closer than the council's minimum tender period, if it is. */
function publishingWarning(tender: { councilId: number; status: string; deadlineAt: number }, now: number) {
	if (tender.status !== 'draft') return null
	const { minimumTenderPeriodDays } = getSettings(tender.councilId)
	const period = shortTenderPeriod(tender.deadlineAt, now, minimumTenderPeriodDays)
	return period
		? {
				text: shortPeriodWarning(period, tender.deadlineAt, minimumTenderPeriodDays),
				minimumDays: minimumTenderPeriodDays,
			}
		: null
}

/** A tender run elsewhere: the bids its manager entered, and whether more can be. */
function elsewhereBids(user: SessionUser, tenderId: number) {
	return { bids: enteredBids(tenderId), canEnter: enterableTender(user, tenderId).ok }
}

const CONFIRM_FIELD = 'shortPeriodConfirmed'
const REASON_MAX = 2000

const version = z.coerce.number().int().min(0)

const CancelSchema = z.object({
	intent: z.literal('cancel'),
	version,
	reason: z
		.string({ error: 'Enter the reason for cancelling' })
		.trim()
		.min(1, { error: 'Enter the reason for cancelling' })
		.max(REASON_MAX, { error: `Reason must be ${REASON_MAX.toLocaleString('en-GB')} characters or fewer` }),
})

/** Publishing; a deadline closer than the minimum tender period needs the box ticked. */
function publishSchema(shortPeriod: { minimumDays: number } | null) {
	const confirmation = z.literal('yes', {
		error: shortPeriod ? shortPeriodNotConfirmed(shortPeriod.minimumDays) : RELOAD_AND_TRY_AGAIN,
	})
	return z.object({
		intent: z.literal('publish'),
		version,
		[CONFIRM_FIELD]: shortPeriod ? confirmation : confirmation.optional(),
	})
}

/** The page's two forms, told apart by the button pressed. */
function actionSchema(shortPeriod: { minimumDays: number } | null) {
	return z.discriminatedUnion('intent', [CancelSchema, publishSchema(shortPeriod)])
}

export function loader({ request, params }: Route.LoaderArgs) {
	const { user, tender } = loadManaged(request, params.tenderId)
	const now = Date.now()
	return {
		elsewhere: tender.bidding === 'elsewhere' ? elsewhereBids(user, tender.id) : null,
		tender,
		state: tenderState(tender, now),
		timeLeft: timeLeft(tender.deadlineAt, now),
		editionName: getEdition(tender.editionId)?.name ?? '',
		managerName: tenderManagerName(tender),
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
	const ctx = { ip: context.clientIp, now: Date.now() }
	const warning = publishingWarning(tender, ctx.now)
	const submission = parseWithZod(await readFormData(request), { schema: actionSchema(warning) })
	const form = submission.payload.intent === 'publish' ? 'publish' : 'cancel'
	if (submission.status !== 'success') {
		// Without the warning on the page there is no box to tick: a confirmation sent anyway was not typed by anyone.
		const unseen = warning ? ['intent', 'version'] : ['intent', 'version', CONFIRM_FIELD]
		return data({ form, result: invalidFormReply(submission, unseen) }, { status: 400 })
	}
	const value = submission.value
	const result =
		value.intent === 'cancel'
			? cancelTender(user, tender.id, value.version, value.reason, ctx)
			: publishTender(user, tender.id, value.version, ctx, { shortPeriod: value[CONFIRM_FIELD] === 'yes' })
	if (!result.ok)
		return data(
			{ form, result: submission.reply({ formErrors: result.problems.map((problem) => problem.message) }) },
			{ status: result.status ?? 400 },
		)
	const page = href('/manage/tenders/:tenderId', { tenderId: String(tender.id) })
	return redirect(withNotice(page, value.intent === 'cancel' ? 'tender-cancelled' : 'tender-published'))
}

export default function TenderPage({ loaderData, actionData }: Route.ComponentProps) {
	const { tender, state, editionName, managerName, measures, amendments } = loaderData
	const warning = loaderData.publishingWarning
	const lastResult = (form: 'publish' | 'cancel') => (actionData?.form === form ? actionData.result : undefined)
	// Each change makes a new version of the tender: a new id starts its forms afresh, without the last errors.
	const [publishForm, publishFields] = useForm<z.input<ReturnType<typeof publishSchema>>>({
		id: `publish-${tender.version}`,
		lastResult: lastResult('publish'),
	})
	const [cancelForm, cancelFields] = useForm<z.input<typeof CancelSchema>>({
		id: `cancel-${tender.version}`,
		lastResult: lastResult('cancel'),
	})
	const errors = [
		...collectErrors([publishFields[CONFIRM_FIELD]], publishForm.errors, 'tender-actions'),
		...collectErrors([cancelFields.reason], cancelForm.errors, 'tender-actions'),
	]
	const { key: confirmKey, ...confirm } = checkboxesFieldProps(publishFields[CONFIRM_FIELD])
	const { key: reasonKey, ...reason } = textareaFieldProps(cancelFields.reason)
	const tenderId = String(tender.id)
	const changeHref = href('/manage/tenders/:tenderId/edit', { tenderId })
	return (
		<>
			<BackLink href={href('/manage/tenders')} text="Back to tenders" />
			<DocumentTitle title={tender.title} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">{tender.reference}</span>
			<h1 className="govuk-heading-l">{tender.title}</h1>
			<p className="govuk-body">
				<Tag text={tenderStateLabels[state]} classes={tenderStateTagClasses[state]} />{' '}
				{state === 'open' ? loaderData.timeLeft : null} · Responsible contract manager: {managerName}
			</p>
			{tender.status === 'cancelled' ? (
				<InsetText>
					Cancelled. Reason: <span className="app-preserve-lines">{tender.cancelledReason}</span>
				</InsetText>
			) : null}
			{loaderData.elsewhere ? (
				<BidsEntered tenderId={tender.id} closed={state === 'closed'} {...loaderData.elsewhere} />
			) : null}
			{tender.status === 'published' && !loaderData.elsewhere ? (
				<InsetText>
					{loaderData.submittedCount} {loaderData.submittedCount === 1 ? 'matrix has' : 'matrices have'} been submitted.
					{state === 'open' ? ' Bids are sealed: you can read them after the deadline.' : null}
					{state === 'closed' ? (
						<>
							{' '}
							<a className="govuk-link" href={href('/manage/tenders/:tenderId/matrices', { tenderId })}>
								Review and compare the matrices
							</a>
						</>
					) : null}
				</InsetText>
			) : null}
			{tender.description ? <p className="govuk-body app-preserve-lines">{tender.description}</p> : null}
			<TenderTermsList tender={tender} editionName={editionName} />
			<h2 className="govuk-heading-m">Measures in scope</h2>
			<MeasuresInScope measures={measures} />
			<AmendmentList amendments={amendments} />

			<div id="tender-actions" tabIndex={-1}>
				{state === 'draft' ? (
					<Form method="post" {...getFormProps(publishForm)}>
						<input type="hidden" name="version" value={tender.version} />
						{warning ? (
							<>
								<WarningText text={warning.text} />
								<Checkboxes
									key={confirmKey}
									{...confirm}
									items={[
										{ value: 'yes', text: 'Publish it anyway, with less than the council’s minimum tender period' },
									]}
								/>
							</>
						) : null}
						<div className="govuk-button-group">
							<Button text="Publish tender" name="intent" value="publish" />
							<Button text="Change tender" href={changeHref} classes="govuk-button--secondary" />
						</div>
					</Form>
				) : null}
				{state === 'open' ? (
					<div className="govuk-button-group">
						<Button text="Amend tender" href={changeHref} classes="govuk-button--secondary" />
					</div>
				) : null}
				{tender.status !== 'cancelled' ? (
					<Form method="post" {...getFormProps(cancelForm)}>
						<h2 className="govuk-heading-m">Cancel this tender</h2>
						<input type="hidden" name="version" value={tender.version} />
						<Textarea
							key={reasonKey}
							label={{ text: 'Reason for cancelling', classes: 'govuk-label--s' }}
							hint={{ text: 'Suppliers who were bidding will see it' }}
							rows={3}
							{...reason}
						/>
						<Button text="Cancel tender" name="intent" value="cancel" classes="govuk-button--warning" />
					</Form>
				) : null}
			</div>
		</>
	)
}

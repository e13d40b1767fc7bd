import { useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { requestedPage } from '#app/domain/pagination.ts'
import { outboxStatuses, type OutboxStatus } from '#db/schema.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { NOT_RETRYABLE, OUTBOX_PAGE_SIZE, listOutbox, retryFailedMail } from '#app/lib/outbox-admin.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Pagination } from '#app/components/govuk/pagination.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import { outboxHead, outboxHref, outboxRows } from './outbox-table.tsx'
import type { Route } from './+types/outbox.ts'

const RetrySchema = z.object({ id: z.coerce.number().int().min(1) })

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const params = new URL(request.url).searchParams
	const requested = params.get('status')
	const status = (outboxStatuses as readonly string[]).includes(requested ?? '') ? (requested as OutboxStatus) : null
	const page = requestedPage(params.get('page'))
	const listed = listOutbox(admin.organisationId, { status, page })
	const total = status ? listed.counts[status] : listed.counts.queued + listed.counts.sent + listed.counts.failed
	return { status, page, hasNext: total > page * OUTBOX_PAGE_SIZE, ...listed }
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: RetrySchema })
	// The id is the page's own: one that is not a message's is no message that can be retried.
	const result =
		submission.status === 'success'
			? retryFailedMail(user, submission.value.id, { ip: context.clientIp, now: Date.now() })
			: ({ ok: false, message: NOT_RETRYABLE } as const)
	if (!result.ok) return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: 400 })
	return redirect(withNotice(href('/admin/outbox'), 'mail-retried', { search: { status: 'queued' } }))
}

export default function Outbox({ loaderData, actionData }: Route.ComponentProps) {
	const { rows, counts, status, page, hasNext } = loaderData
	const [form] = useForm({ id: 'retry-mail', lastResult: actionData?.result })
	const errors = collectErrors([], form.errors, 'messages')
	const filterLink = (value: OutboxStatus | null, text: string) =>
		value === status ? (
			<strong>{text}</strong>
		) : (
			<a className="govuk-link" href={outboxHref(value)}>
				{text}
			</a>
		)
	return (
		<>
			<DocumentTitle title="Outbox" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Outbox</h1>
			<p className="govuk-body">
				Every email the portal sends goes through here. Failed messages gave up after repeated attempts; retry them once
				the mail server is fixed.
			</p>
			<ul className="govuk-list app-inline-list">
				<li>{filterLink(null, `All (${counts.queued + counts.sent + counts.failed})`)}</li>
				<li>{filterLink('queued', `Queued (${counts.queued})`)}</li>
				<li>{filterLink('sent', `Sent (${counts.sent})`)}</li>
				<li>{filterLink('failed', `Failed (${counts.failed})`)}</li>
			</ul>
			<div id="messages" tabIndex={-1}>
				{rows.length === 0 ? (
					<p className="govuk-body">No messages.</p>
				) : (
					<Table
						caption="Messages, newest first"
						captionClasses="govuk-visually-hidden"
						head={outboxHead}
						rows={outboxRows(rows, (row) => (
							<Form method="post">
								<input type="hidden" name="id" value={row.id} />
								<Button classes="govuk-button--secondary govuk-!-margin-bottom-0">
									Retry<span className="govuk-visually-hidden"> the email to {row.to}</span>
								</Button>
							</Form>
						))}
					/>
				)}
			</div>
			{hasNext || page > 1 ? (
				<Pagination
					landmarkLabel="Outbox pages"
					previous={page > 1 ? { text: 'Previous page', href: outboxHref(status, page - 1) } : null}
					next={hasNext ? { text: 'Next page', href: outboxHref(status, page + 1) } : null}
				/>
			) : null}
		</>
	)
}

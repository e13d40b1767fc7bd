import { Form, data, redirect, useActionData } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { requestedPage } from '#app/domain/pagination.ts'
import { outboxStatuses, type OutboxStatus } from '#db/schema.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { OUTBOX_PAGE_SIZE, listOutbox, retryFailedMail } from '#app/lib/outbox-admin.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { FormErrorSummary } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/outbox.ts'

const labels: Record<OutboxStatus, string> = { queued: 'Queued', sent: 'Sent', failed: 'Failed' }
const tagClasses: Record<OutboxStatus, string> = {
	queued: 'govuk-tag--blue',
	sent: 'govuk-tag--green',
	failed: 'govuk-tag--red',
}

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const params = new URL(request.url).searchParams
	const requested = params.get('status')
	const status = (outboxStatuses as readonly string[]).includes(requested ?? '') ? (requested as OutboxStatus) : null
	const page = requestedPage(params.get('page'))
	const listed = listOutbox({ status, page })
	const total = status ? listed.counts[status] : listed.counts.queued + listed.counts.sent + listed.counts.failed
	return { status, page, hasNext: total > page * OUTBOX_PAGE_SIZE, ...listed }
}

export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['admin'])
	const formData = await readFormData(request)
	const result = retryFailedMail(user, Number(formData.get('id')), { ip: context.clientIp, now: Date.now() })
	if (!result.ok) return data({ message: result.message }, { status: 400 })
	return redirect('/admin/outbox?status=queued&notice=mail-retried')
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
	const { rows, counts, status, page, hasNext } = loaderData
	const actionData = useActionData<typeof action>()
	const filterLink = (value: OutboxStatus | null, text: string) =>
		value === status ? (
			<strong>{text}</strong>
		) : (
			<a className="govuk-link" href={value ? `/admin/outbox?status=${value}` : '/admin/outbox'}>
				{text}
			</a>
		)
	return (
		<>
			<DocumentTitle title="Outbox" hasErrors={Boolean(actionData)} />
			{actionData ? <FormErrorSummary errors={[{ text: actionData.message, href: '#messages' }]} /> : <NoticeBanner />}
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
					<table className="govuk-table">
						<caption className="govuk-table__caption govuk-visually-hidden">Messages, newest first</caption>
						<thead className="govuk-table__head">
							<tr className="govuk-table__row">
								<th scope="col" className="govuk-table__header">
									Message
								</th>
								<th scope="col" className="govuk-table__header">
									Status
								</th>
								<th scope="col" className="govuk-table__header">
									Last error
								</th>
								<th scope="col" className="govuk-table__header">
									<span className="govuk-visually-hidden">Action</span>
								</th>
							</tr>
						</thead>
						<tbody className="govuk-table__body">
							{rows.map((row) => (
								<tr className="govuk-table__row" key={row.id}>
									<td className="govuk-table__cell">
										{row.subject}
										<br />
										<span className="govuk-body-s">
											To {row.to}, queued {formatDateTime(row.createdAt)}
										</span>
									</td>
									<td className="govuk-table__cell">
										<Tag text={labels[row.status]} classes={tagClasses[row.status]} />
										<br />
										<span className="govuk-body-s">
											{row.status === 'sent' && row.sentAt !== null
												? formatDateTime(row.sentAt)
												: `${row.attempts} ${row.attempts === 1 ? 'attempt' : 'attempts'}`}
										</span>
									</td>
									<td className="govuk-table__cell govuk-body-s">{row.lastError ?? ''}</td>
									<td className="govuk-table__cell">
										{row.status === 'failed' ? (
											<Form method="post">
												<input type="hidden" name="id" value={row.id} />
												<Button classes="govuk-button--secondary govuk-!-margin-bottom-0">
													Retry<span className="govuk-visually-hidden"> the email to {row.to}</span>
												</Button>
											</Form>
										) : null}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				)}
			</div>
			{hasNext || page > 1 ? (
				<nav className="govuk-pagination" aria-label="Outbox pages">
					{page > 1 ? (
						<a
							className="govuk-link govuk-pagination__prev"
							href={`/admin/outbox?${status ? `status=${status}&` : ''}page=${page - 1}`}
						>
							Previous page
						</a>
					) : null}{' '}
					{hasNext ? (
						<a
							className="govuk-link govuk-pagination__next"
							href={`/admin/outbox?${status ? `status=${status}&` : ''}page=${page + 1}`}
						>
							Next page
						</a>
					) : null}
				</nav>
			) : null}
		</>
	)
}

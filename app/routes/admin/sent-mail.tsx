import { formatDateTime } from '#app/domain/dates.ts'
import { requestedPage } from '#app/domain/pagination.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getEnv } from '#app/lib/env.server.ts'
import { listMail } from '#app/lib/mail-folder.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import type { Route } from './+types/sent-mail.ts'

const PAGE_SIZE = 50

export async function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const env = getEnv()
	const page = requestedPage(new URL(request.url).searchParams.get('page'))
	const { total, messages } = await listMail(env.mailDir, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
	return {
		smtpConfigured: Boolean(env.SMTP_URL),
		page,
		pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		total,
		messages: messages.map((message) => ({
			id: message.id,
			to: message.to,
			subject: message.subject,
			sentAt: message.sentAt,
		})),
	}
}

export default function SentMail({ loaderData }: Route.ComponentProps) {
	const { messages, smtpConfigured, page, pageCount, total } = loaderData
	return (
		<>
			<DocumentTitle title="Sent mail" />
			<h1 className="govuk-heading-l">Sent mail</h1>
			{smtpConfigured ? (
				<InsetText>
					Email is being sent through the SMTP server set in <code>SMTP_URL</code>. This page shows only mail written to
					the local mail folder before that was set.
				</InsetText>
			) : (
				<InsetText>
					No SMTP server is set, so the portal writes every email to its local mail folder instead of sending it. They
					are listed here, newest first. Set <code>SMTP_URL</code> to send real email.
				</InsetText>
			)}
			{messages.length === 0 ? (
				<p className="govuk-body">No mail has been sent yet.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-table__caption--m">
						{total} {total === 1 ? 'message' : 'messages'}
					</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Sent
							</th>
							<th scope="col" className="govuk-table__header">
								To
							</th>
							<th scope="col" className="govuk-table__header">
								Subject
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{messages.map((message) => (
							<tr className="govuk-table__row" key={message.id}>
								<td className="govuk-table__cell">{formatDateTime(message.sentAt)}</td>
								<td className="govuk-table__cell">{message.to}</td>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/admin/sent-mail/${message.id}`}>
										{message.subject}
									</a>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			{pageCount > 1 ? (
				<nav className="govuk-pagination" aria-label="Pages of sent mail">
					{page > 1 ? (
						<div className="govuk-pagination__prev">
							<a className="govuk-link govuk-pagination__link" href={`?page=${page - 1}`} rel="prev">
								<span className="govuk-pagination__link-title">Newer messages</span>
							</a>
						</div>
					) : null}
					{page < pageCount ? (
						<div className="govuk-pagination__next">
							<a className="govuk-link govuk-pagination__link" href={`?page=${page + 1}`} rel="next">
								<span className="govuk-pagination__link-title">Older messages</span>
							</a>
						</div>
					) : null}
				</nav>
			) : null}
		</>
	)
}

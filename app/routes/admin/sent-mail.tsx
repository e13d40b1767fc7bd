import { requestedPage } from '#app/domain/pagination.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { listMail } from '#app/infra/mail-folder.server.ts'
import { councilMailKeys } from '#app/lib/outbox-admin.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { Pagination } from '#app/components/govuk/pagination.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { sentMailHead, sentMailPageHref, sentMailRows } from './sent-mail-table.tsx'
import type { Route } from './+types/sent-mail.ts'

const PAGE_SIZE = 50

export async function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const env = getEnv()
	const page = requestedPage(new URL(request.url).searchParams.get('page'))
	const { total, messages } = await listMail(env.mailDir, {
		limit: PAGE_SIZE,
		offset: (page - 1) * PAGE_SIZE,
		keep: councilMailKeys(admin.organisationId),
	})
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
				<Table
					caption={`${total} ${total === 1 ? 'message' : 'messages'}`}
					captionClasses="govuk-table__caption--m"
					head={sentMailHead}
					rows={sentMailRows(messages)}
				/>
			)}
			{pageCount > 1 ? (
				<Pagination
					landmarkLabel="Pages of sent mail"
					previous={page > 1 ? { text: 'Newer messages', href: sentMailPageHref(page - 1) } : null}
					next={page < pageCount ? { text: 'Older messages', href: sentMailPageHref(page + 1) } : null}
				/>
			) : null}
		</>
	)
}

import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { getEnv } from '#app/infra/env.server.ts'
import { readMail } from '#app/infra/mail-folder.server.ts'
import { councilMailKeys } from '#app/lib/outbox-admin.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import type { Route } from './+types/sent-mail-message.ts'

export async function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const message = await readMail(getEnv().mailDir, params.mailId, councilMailKeys(admin.organisationId))
	if (!message) throw new Response('Not found', { status: 404 })
	return { message }
}

export default function SentMailMessage({ loaderData }: Route.ComponentProps) {
	const { message } = loaderData
	return (
		<>
			<BackLink href={href('/admin/sent-mail')} text="Back to sent mail" />
			<DocumentTitle title={message.subject} />
			<h1 className="govuk-heading-l">{message.subject}</h1>
			<SummaryList
				rows={[
					{ key: { text: 'To' }, value: { text: message.to } },
					{ key: { text: 'From' }, value: { text: message.from } },
					{ key: { text: 'Sent' }, value: { text: formatDateTime(message.sentAt) } },
					{ key: { text: 'Message ID' }, value: { text: message.messageId } },
				]}
			/>
			<h2 className="govuk-heading-m">Message</h2>
			{/* The plain-text part, shown as text: the HTML part is never injected into the page. */}
			<div className="app-mail-body">{message.text}</div>
		</>
	)
}

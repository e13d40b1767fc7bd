import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { countOf } from '#app/domain/plural.ts'
import {
	ReturnChoicesSchema,
	approveButtonText,
	approvedMessage,
	choiceValue,
	type ReturnChoice,
} from '#app/domain/returns/bulk-approval.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { approveReturns, chosenReturns } from '#app/lib/bulk-approval.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { NotificationBanner } from '#app/components/govuk/notification-banner.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { withNotice } from '#app/components/notices.ts'
import { chosenReturnsHead, chosenReturnsRows, notApprovedHead, notApprovedRows } from './returns-approve-rows.ts'
import type { Route } from './+types/returns-approve.ts'

const ChoicesSchema = z.object({ returns: ReturnChoicesSchema })

/** The chosen returns, or a 400: only a changed address or form sends ids that are not a list of returns. */
function choicesFrom(payload: URLSearchParams | FormData): ReturnChoice[] {
	const submission = parseWithZod(payload, { schema: ChoicesSchema })
	if (submission.status !== 'success') throw new Response('Choose the returns from the list', { status: 400 })
	return submission.value.returns
}

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const chosen = chosenReturns(user, choicesFrom(new URL(request.url).searchParams))
	if (!chosen.ok) throw new Response(chosen.message, { status: chosen.status })
	return { ready: chosen.ready, notReady: chosen.notReady }
}

/** Approves each return confirmed, one by one; tells the person how many were, and which were not and why. */
export async function action({ request, context }: Route.ActionArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const choices = choicesFrom(await readFormData(request))
	const result = approveReturns(user, choices, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) throw new Response(result.message, { status: result.status })
	if (result.refused.length === 0)
		return redirect(withNotice(href('/manage/returns'), `returns-approved-${result.approved.length}`))
	return data(
		{ approved: result.approved.length, refused: result.refused },
		{ status: result.approved.length === 0 ? 409 : 200 },
	)
}

export default function ApproveReturns({ loaderData, actionData }: Route.ComponentProps) {
	if (actionData) return <Outcome approved={actionData.approved} refused={actionData.refused} />
	const { ready, notReady } = loaderData
	const queue = href('/manage/returns')
	return (
		<>
			<BackLink href={queue} text="Back to returns to review" />
			<DocumentTitle title="Check the returns you are approving" />
			<h1 className="govuk-heading-l">Check the returns you are approving</h1>
			{ready.length > 0 ? (
				<>
					<Table
						caption={`${countOf(ready.length, 'return')} to approve`}
						captionClasses="govuk-table__caption--m"
						head={chosenReturnsHead}
						rows={chosenReturnsRows(ready)}
					/>
					<p className="govuk-body">
						Each is approved as if on its own page: its figures count as delivered, and its supplier is told by email.
					</p>
				</>
			) : (
				<p className="govuk-body">None of the returns you chose can be approved now.</p>
			)}
			{notReady.length > 0 ? (
				<Table
					caption={`${countOf(notReady.length, 'return')} that cannot be approved with others`}
					captionClasses="govuk-table__caption--m"
					head={notApprovedHead}
					rows={notApprovedRows(notReady)}
				/>
			) : null}
			{ready.length > 0 ? (
				<Form method="post">
					{ready.map((item) => (
						<input
							key={item.id}
							type="hidden"
							name="returns"
							value={choiceValue({ returnId: item.id, version: item.version })}
						/>
					))}
					<div className="govuk-button-group">
						<Button text={approveButtonText(ready.length)} preventDoubleClick />
						<a className="govuk-link" href={queue}>
							Cancel
						</a>
					</div>
				</Form>
			) : (
				<p className="govuk-body">
					<a className="govuk-link" href={queue}>
						Back to returns to review
					</a>
				</p>
			)}
		</>
	)
}

/** After confirming: how many were approved, and each one that was not, with why. */
function Outcome({ approved, refused }: { approved: number; refused: Parameters<typeof notApprovedRows>[0] }) {
	return (
		<>
			<DocumentTitle title="Not every return was approved" />
			{approved > 0 ? <NotificationBanner type="success" text={approvedMessage(approved)} /> : null}
			<h1 className="govuk-heading-l">Not every return was approved</h1>
			<Table
				caption={`${countOf(refused.length, 'return')} not approved`}
				captionClasses="govuk-table__caption--m"
				head={notApprovedHead}
				rows={notApprovedRows(refused)}
			/>
			<p className="govuk-body">Nothing was changed on these. Review each on its own page.</p>
			<p className="govuk-body">
				<a className="govuk-link" href={href('/manage/returns')}>
					Back to returns to review
				</a>
			</p>
		</>
	)
}

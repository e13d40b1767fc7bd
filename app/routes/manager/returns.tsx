import { requireRole } from '#app/lib/auth.server.ts'
import { reviewQueue } from '#app/lib/return-review.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { returnsQueueHead, returnsQueueRows } from './returns-rows.ts'
import type { Route } from './+types/returns.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	return { queue: reviewQueue(user), isAdmin: user.role === 'admin' }
}

export default function ReturnsQueue({ loaderData }: Route.ComponentProps) {
	const { queue, isAdmin } = loaderData
	return (
		<>
			<DocumentTitle title="Progress returns to review" />
			<h1 className="govuk-heading-l">Progress returns to review</h1>
			<p className="govuk-body">
				{isAdmin ? 'Every contract’s submitted returns' : 'Submitted returns on the contracts you manage'}, oldest
				first.
			</p>
			{queue.length === 0 ? (
				<p className="govuk-body">There are no returns waiting for review.</p>
			) : (
				<Table
					caption="Returns waiting for review"
					captionClasses="govuk-visually-hidden"
					head={returnsQueueHead}
					rows={returnsQueueRows(queue)}
				/>
			)}
		</>
	)
}

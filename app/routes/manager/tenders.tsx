import { href } from 'react-router'
import { tenderState } from '#app/domain/tenders/tender-state.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { listTendersFor } from '#app/lib/tenders.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { tendersHead, tendersRows } from './tenders-rows.ts'
import type { Route } from './+types/tenders.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	return {
		isAdmin: user.role === 'admin',
		tenders: listTendersFor(user).map((t) => ({ ...t, state: tenderState(t, now) })),
	}
}

export default function Tenders({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Tenders" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">{loaderData.isAdmin ? 'All tenders' : 'Your tenders'}</h1>
			<Button text="Create a tender" href={href('/manage/tenders/new')} />
			{loaderData.tenders.length === 0 ? (
				<p className="govuk-body">No tenders yet.</p>
			) : (
				<Table
					caption="Tenders"
					captionClasses="govuk-visually-hidden"
					head={tendersHead(loaderData.isAdmin)}
					rows={tendersRows(loaderData.tenders, loaderData.isAdmin)}
				/>
			)}
		</>
	)
}

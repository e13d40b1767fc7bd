import { href } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { listEditions } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { editionHead, editionRows } from './rows.tsx'
import type { Route } from './+types/editions.ts'

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	return { editions: listEditions(admin.organisationId) }
}

export default function ManageToms({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Manage TOMs" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Manage themes, outcomes and measures</h1>
			<p className="govuk-body">
				Suppliers commit to the measures in the current published edition. A published edition never changes: to revise
				the TOMs, create a new edition as a copy, edit it, and publish it.
			</p>
			<div className="govuk-button-group">
				<Button text="Create an edition" href={href('/admin/toms/new')} />
				<a href={href('/admin/priorities')} className="govuk-link">
					Council priorities
				</a>
				<a href={href('/admin/units')} className="govuk-link">
					Units
				</a>
			</div>
			{loaderData.editions.length === 0 ? (
				<p className="govuk-body">There are no editions yet.</p>
			) : (
				<Table
					caption="Editions"
					captionClasses="govuk-table__caption--m"
					head={editionHead}
					rows={editionRows(loaderData.editions)}
				/>
			)}
		</>
	)
}

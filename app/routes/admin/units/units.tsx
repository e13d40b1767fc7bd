import { href } from 'react-router'
import { requireRole } from '#app/lib/auth.server.ts'
import { listUnitsWithUse } from '#app/lib/units.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { unitsHead, unitsRows } from './units-table.tsx'
import type { Route } from './+types/units.ts'

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	return { units: listUnitsWithUse(admin.organisationId) }
}

export default function Units({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<BackLink href={href('/admin/toms')} text="Back to TOMs editions" />
			<DocumentTitle title="Units" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Units</h1>
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<p className="govuk-body">
						What the council&apos;s measures are counted in. Each unit says how one and several read, and what kind of
						figure suppliers type: a whole number, a number with decimal places, money, a percentage or words.
					</p>
					<p className="govuk-body">
						A unit that a published edition or a contract uses can be renamed, but its kind stays. Retire a unit to stop
						offering it for new measures; one nothing uses can be deleted.
					</p>
				</div>
			</div>
			<Button text="Add a unit" href={href('/admin/units/:unitId', { unitId: 'new' })} />
			<Table
				caption="Units"
				captionClasses="govuk-visually-hidden"
				head={unitsHead}
				rows={unitsRows(loaderData.units)}
			/>
		</>
	)
}

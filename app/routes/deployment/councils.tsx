import { href } from 'react-router'
import { requireDeploymentRole } from '#app/lib/auth.server.ts'
import { councilSummaries } from '#app/lib/deployment.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { councilsHead, councilsRows } from './councils-table.tsx'
import type { Route } from './+types/councils.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireDeploymentRole(request, ['administrator'])
	return { councils: councilSummaries() }
}

export default function Councils({ loaderData }: Route.ComponentProps) {
	return (
		<>
			<DocumentTitle title="Councils" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Councils</h1>
			<p className="govuk-body">
				Every council this portal serves. Each runs its own tenders, contracts, TOMs and users; suppliers are shared.
				Council administrators manage only their own council.
			</p>
			<Button href={href('/deployment/councils/new')} text="Add a council" />
			<Table
				caption="Councils on this portal"
				captionClasses="govuk-table__caption--m"
				head={councilsHead}
				rows={councilsRows(loaderData.councils)}
				firstCellIsHeader
			/>
			<h2 className="govuk-heading-m">Consortium figures</h2>
			<p className="govuk-body">
				<a className="govuk-link" href={href('/deployment/consortium')}>
					Compare what councils’ suppliers committed and delivered
				</a>
				, or{' '}
				<a className="govuk-link" href={href('/deployment/consortium/access')}>
					choose who else may see those figures
				</a>
				.
			</p>
		</>
	)
}

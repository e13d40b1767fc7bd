import { href } from 'react-router'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { MeasureDetails } from '#app/components/toms-measure-details.tsx'
import { parseId } from '#app/routes/shared/route-params.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { loadPublicMeasure } from '#app/lib/toms-public.server.ts'
import type { Route } from './+types/toms-measure.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	return loadPublicMeasure(publicCouncil(request, params).id, parseId(params.editionId), params.code)
}

export default function TomsMeasure({ loaderData }: Route.ComponentProps) {
	const { edition, measure, priorities } = loaderData
	return (
		<>
			<BackLink
				href={`${href('/toms/editions/:editionId', { editionId: String(edition.id) })}#measure-${measure.code}`}
				text={`Back to ${edition.name}`}
			/>
			<DocumentTitle title={`${measure.code}: ${measure.title}`} />
			<span className="govuk-caption-l">
				{measure.themeName} · {measure.outcomeName}
			</span>
			<h1 className="govuk-heading-l">
				{measure.code}: {measure.title}
			</h1>
			<p className="govuk-body">
				From the {edition.name} edition{edition.status === 'retired' ? ', which has been retired' : ''}.
			</p>
			<MeasureDetails measure={measure} priorities={priorities} />
		</>
	)
}

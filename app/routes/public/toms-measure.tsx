import { getEdition, findMeasureByCode } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { MeasureDetails } from '#app/components/toms-measure-details.tsx'
import type { UnitKey } from '#app/domain/toms/units.ts'
import type { Route } from './+types/toms-measure.ts'
import { parseId } from '#app/lib/route-params.ts'

export function loader({ params }: Route.LoaderArgs) {
	const edition = getEdition(parseId(params.editionId))
	if (!edition || edition.status === 'draft') throw new Response('Not found', { status: 404 })
	const measure = findMeasureByCode(edition.id, params.code)
	if (!measure) throw new Response('Not found', { status: 404 })
	return { edition: { id: edition.id, name: edition.name, status: edition.status }, measure }
}

export default function TomsMeasure({ loaderData }: Route.ComponentProps) {
	const { edition, measure } = loaderData
	return (
		<>
			<BackLink href={`/toms/editions/${edition.id}#measure-${measure.code}`} text={`Back to ${edition.name}`} />
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
			<MeasureDetails
				measure={{ ...measure, unit: measure.unit as UnitKey, priorityCodes: measure.priorities.map((p) => p.code) }}
				priorities={measure.priorities}
			/>
		</>
	)
}

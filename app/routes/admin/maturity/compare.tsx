import { formatCalendarDate } from '#app/domain/dates.ts'
import { areaName, maturityLevelLabels } from '#app/domain/maturity/levels.ts'
import { compareAssessments, type AreaLevels, type LevelChange } from '#app/domain/maturity/plan.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadAssessment } from '#app/lib/maturity.server.ts'
import { parseId } from '#app/lib/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import type { Route } from './+types/compare.ts'

const movementTags: Record<LevelChange['movement'], { text: string; classes: string }> = {
	up: { text: 'Up', classes: 'govuk-tag--green' },
	down: { text: 'Down', classes: 'govuk-tag--red' },
	same: { text: 'Same', classes: 'govuk-tag--grey' },
	new: { text: 'Newly rated', classes: 'govuk-tag--blue' },
	dropped: { text: 'Not rated now', classes: 'govuk-tag--grey' },
}

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const params = new URL(request.url).searchParams
	const from = loadAssessment(parseId(params.get('from')))
	const to = loadAssessment(parseId(params.get('to')))
	if (!from || !to) throw new Response('Not found', { status: 404 })
	const summary = (loaded: NonNullable<typeof from>) => ({
		id: loaded.assessment.id,
		title: loaded.assessment.title,
		assessedOn: loaded.assessment.assessedOn,
	})
	return { from: summary(from), to: summary(to), changes: compareAssessments(from.levels, to.levels) }
}

function levels(value: AreaLevels | null): string {
	return value
		? `${maturityLevelLabels[value.present]} (target ${maturityLevelLabels[value.target].toLowerCase()})`
		: 'Not rated'
}

export default function MaturityCompare({ loaderData }: Route.ComponentProps) {
	const { from, to, changes } = loaderData
	const heading = (a: typeof from) => `${a.title}, ${formatCalendarDate(a.assessedOn)}`
	const moved = (kind: LevelChange['movement']) => changes.filter((c) => c.movement === kind).length
	return (
		<>
			<BackLink href="/admin/maturity" text="Back to the Maturity Index" />
			<DocumentTitle title="Compare assessments" />
			<h1 className="govuk-heading-l">Compare assessments</h1>
			<p className="govuk-body">
				From {heading(from)} to {heading(to)}: {moved('up')} areas up, {moved('down')} down, {moved('same')} the same.
			</p>
			<table className="govuk-table">
				<caption className="govuk-table__caption govuk-visually-hidden">Levels per area then and now</caption>
				<thead className="govuk-table__head">
					<tr className="govuk-table__row">
						<th scope="col" className="govuk-table__header">
							Area
						</th>
						<th scope="col" className="govuk-table__header">
							{heading(from)}
						</th>
						<th scope="col" className="govuk-table__header">
							{heading(to)}
						</th>
						<th scope="col" className="govuk-table__header">
							Change
						</th>
					</tr>
				</thead>
				<tbody className="govuk-table__body">
					{changes.map((change) => (
						<tr className="govuk-table__row" key={change.area}>
							<th scope="row" className="govuk-table__header">
								{areaName(change.area)}
							</th>
							<td className="govuk-table__cell">{levels(change.before)}</td>
							<td className="govuk-table__cell">{levels(change.after)}</td>
							<td className="govuk-table__cell">
								<Tag text={movementTags[change.movement].text} classes={movementTags[change.movement].classes} />
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</>
	)
}

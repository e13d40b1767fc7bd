import { href } from 'react-router'
import { compareAssessments, type LevelChange } from '#app/domain/maturity/plan.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { loadAssessment } from '#app/lib/maturity.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { assessmentHeading, compareHead, compareRows } from './compare-table.tsx'
import type { Route } from './+types/compare.ts'

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const params = new URL(request.url).searchParams
	const from = loadAssessment(admin.organisationId, parseId(params.get('from')))
	const to = loadAssessment(admin.organisationId, parseId(params.get('to')))
	if (!from || !to) throw new Response('Not found', { status: 404 })
	const summary = (loaded: NonNullable<typeof from>) => ({
		id: loaded.assessment.id,
		title: loaded.assessment.title,
		assessedOn: loaded.assessment.assessedOn,
	})
	return { from: summary(from), to: summary(to), changes: compareAssessments(from.levels, to.levels) }
}

export default function MaturityCompare({ loaderData }: Route.ComponentProps) {
	const { from, to, changes } = loaderData
	const moved = (kind: LevelChange['movement']) => changes.filter((c) => c.movement === kind).length
	return (
		<>
			<BackLink href={href('/admin/maturity')} text="Back to the Maturity Index" />
			<DocumentTitle title="Compare assessments" />
			<h1 className="govuk-heading-l">Compare assessments</h1>
			<p className="govuk-body">
				From {assessmentHeading(from)} to {assessmentHeading(to)}: {moved('up')} areas up, {moved('down')} down,{' '}
				{moved('same')} the same.
			</p>
			<Table
				caption="Levels per area then and now"
				captionClasses="govuk-visually-hidden"
				firstCellIsHeader
				head={compareHead(from, to)}
				rows={compareRows(changes)}
			/>
		</>
	)
}

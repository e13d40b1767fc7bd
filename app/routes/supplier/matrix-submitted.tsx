import { formatDateTime } from '#app/domain/dates.ts'
import { requireOwnMatrixWorkspace } from '#app/lib/matrix-route.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Panel } from '#app/components/govuk/panel.tsx'
import type { Route } from './+types/matrix-submitted.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	if (workspace.matrix.status !== 'submitted' && workspace.matrix.status !== 'resubmitted') throw new Response('Not found', { status: 404 })
	return { matrixId: workspace.matrix.id, tender: { title: workspace.tender.title, reference: workspace.tender.reference, deadlineAt: workspace.tender.deadlineAt }, submittedAt: workspace.matrix.submittedAt }
}

export default function MatrixSubmitted({ loaderData }: Route.ComponentProps) {
	const { tender, matrixId, submittedAt } = loaderData
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Matrix submitted" />
			<div className="govuk-grid-column-two-thirds">
				<Panel titleText="Matrix submitted">
					{tender.reference}
				</Panel>
				<p className="govuk-body">
					Your social value matrix for “{tender.title}” was submitted{submittedAt ? ` on ${formatDateTime(submittedAt)}` : ''}. We have emailed
					everyone in your organisation to say so.
				</p>
				<h2 className="govuk-heading-m">What happens next</h2>
				<p className="govuk-body">
					Bids are sealed until the deadline, {formatDateTime(tender.deadlineAt)}. Until then you can withdraw your matrix to change it and submit
					it again. After the deadline the council evaluates the bids and tells you its decision.
				</p>
				<p className="govuk-body">
					<a className="govuk-link" href={`/matrices/${matrixId}`}>
						Go to your matrix
					</a>
				</p>
			</div>
		</div>
	)
}

import { href } from 'react-router'
import { formatDateTime } from '#app/domain/dates.ts'
import { afterSubmission } from '#app/domain/matrix/after-submission.ts'
import { requireOwnMatrixWorkspace } from '#app/routes/supplier/matrix-route.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Panel } from '#app/components/govuk/panel.tsx'
import type { Route } from './+types/matrix-submitted.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const { workspace } = requireOwnMatrixWorkspace(request, params.matrixId)
	const { matrix, tender } = workspace
	if (matrix.status !== 'submitted' && matrix.status !== 'resubmitted') throw new Response('Not found', { status: 404 })
	return {
		matrixId: matrix.id,
		tender: { title: tender.title, reference: tender.reference },
		submittedAt: matrix.submittedAt,
		resubmitted: matrix.status === 'resubmitted',
		whatHappensNext: afterSubmission(matrix, tender, Date.now()),
	}
}

export default function MatrixSubmitted({ loaderData }: Route.ComponentProps) {
	const { tender, matrixId, submittedAt, resubmitted, whatHappensNext } = loaderData
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Matrix submitted" />
			<div className="govuk-grid-column-two-thirds">
				<Panel titleText="Matrix submitted">{tender.reference}</Panel>
				<p className="govuk-body">
					{resubmitted ? 'Your changes to your' : 'Your'} social value matrix for “{tender.title}”{' '}
					{resubmitted ? 'were' : 'was'} submitted{submittedAt ? ` on ${formatDateTime(submittedAt)}` : ''}. We have
					emailed everyone in your organisation to say so.
				</p>
				<h2 className="govuk-heading-m">What happens next</h2>
				{whatHappensNext.map((paragraph) => (
					<p className="govuk-body" key={paragraph}>
						{paragraph}
					</p>
				))}
				<p className="govuk-body">
					<a className="govuk-link" href={href('/matrices/:matrixId', { matrixId: String(matrixId) })}>
						Go to your matrix
					</a>
				</p>
			</div>
		</div>
	)
}

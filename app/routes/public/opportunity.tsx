import { Form, href, redirect } from 'react-router'
import { tenderTerms } from '#app/domain/tenders/amendments.ts'
import { BIDS_ELSEWHERE } from '#app/domain/tenders/tender-rules.ts'
import { tenderState, tenderStateLabels, timeLeft } from '#app/domain/tenders/tender-state.ts'
import { matrixStatusLabels, type MatrixStatus } from '#app/domain/matrix/matrix-state.ts'
import { councilPath } from '#app/domain/councils/council-path.ts'
import { getUser, requireRole } from '#app/lib/auth.server.ts'
import { councilById, linkSlugFor, listCouncils, publicListingCouncil } from '#app/lib/councils.server.ts'
import { findOwnMatrixForTender, startMatrix } from '#app/lib/matrices.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { getTender, tenderAmendmentList, tenderMeasureDetails } from '#app/lib/tenders.server.ts'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { InsetText } from '#app/components/govuk/inset-text.tsx'
import { ScoringRule } from '#app/components/scoring-rule.tsx'
import { useCouncilPath } from '#app/components/use-council-path.ts'
import { useRootData } from '#app/components/use-root-data.ts'
import { Tag } from '#app/components/govuk/tag.tsx'
import { AmendmentList, MeasuresInScope, TenderTermsList } from '#app/components/tender-summary.tsx'
import type { Route } from './+types/opportunity.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const scope = publicListingCouncil(request, params)
	const tender = getTender(parseId(params.tenderId))
	// Drafts are the council's working papers: they do not exist for anyone else. Under one
	// council's address, another council's tenders do not exist either.
	if (!tender || tender.status === 'draft' || tender.bidding === 'direct')
		throw new Response('Not found', { status: 404 })
	if (scope && tender.councilId !== scope.id) throw new Response('Not found', { status: 404 })
	const now = Date.now()
	const user = getUser(request, now)
	const matrix = user?.role === 'supplier' ? findOwnMatrixForTender(user, tender.id) : undefined
	const edition = getEdition(tender.editionId)
	return {
		tender: {
			id: tender.id,
			reference: tender.reference,
			...tenderTerms(tender),
			bidding: tender.bidding,
			cancelledReason: tender.cancelledReason,
		},
		state: tenderState(tender, now),
		supplier: user?.role === 'supplier' ? { matrix: matrix ? { id: matrix.id, status: matrix.status } : null } : null,
		timeLeft: timeLeft(tender.deadlineAt, now),
		editionName: edition?.name ?? '',
		// Where several councils share the host, the page says whose tender it is.
		councilName: listCouncils().length > 1 ? (councilById(tender.councilId)?.name ?? null) : null,
		editionHref: councilPath(
			linkSlugFor(request, params, tender.councilId),
			href('/toms/editions/:editionId', { editionId: String(tender.editionId) }),
		),
		measures: tenderMeasureDetails(tender.id),
		amendments: tenderAmendmentList(tender.id).map(({ by: _by, ...amendment }) => amendment),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const user = requireRole(request, ['supplier'])
	const tenderId = parseId(params.tenderId)
	const scope = publicListingCouncil(request, params)
	if (scope && getTender(tenderId)?.councilId !== scope.id) throw new Response('Not found', { status: 404 })
	const result = startMatrix(user, tenderId, { ip: context.clientIp, now: Date.now() })
	if (!result.ok) throw new Response(result.message, { status: result.status ?? 400 })
	return redirect(href('/matrices/:matrixId', { matrixId: String(result.matrixId) }))
}

function SupplierAction({
	supplier,
	state,
	signedIn,
	bidding,
}: {
	supplier: { matrix: { id: number; status: MatrixStatus } | null } | null
	state: string
	signedIn: boolean
	bidding: string
}) {
	if (supplier?.matrix) {
		return (
			<p className="govuk-body">
				Your organisation’s matrix: {matrixStatusLabels[supplier.matrix.status].toLowerCase()}.{' '}
				<a className="govuk-link" href={href('/matrices/:matrixId', { matrixId: String(supplier.matrix.id) })}>
					Go to your social value matrix
				</a>
			</p>
		)
	}
	if (state !== 'open') return null
	if (bidding === 'elsewhere') return <InsetText>{BIDS_ELSEWHERE}.</InsetText>
	if (supplier) {
		return (
			<Form method="post">
				<Button text="Start your social value matrix" isStartButton />
			</Form>
		)
	}
	if (signedIn) return null
	return (
		<p className="govuk-body">
			To bid,{' '}
			<a className="govuk-link" href="/sign-in">
				sign in
			</a>{' '}
			or{' '}
			<a className="govuk-link" href="/register">
				register your organisation
			</a>
			.
		</p>
	)
}

export default function Opportunity({ loaderData }: Route.ComponentProps) {
	const { tender, state, editionName, editionHref, measures, amendments } = loaderData
	const signedIn = Boolean(useRootData()?.user)
	const path = useCouncilPath()
	return (
		<>
			<BackLink href={path('/opportunities')} text="Back to opportunities" />
			<DocumentTitle title={tender.title} />
			<span className="govuk-caption-l">
				{loaderData.councilName ? `${loaderData.councilName}: ${tender.reference}` : tender.reference}
			</span>
			<h1 className="govuk-heading-l">{tender.title}</h1>
			<p className="govuk-body">
				<Tag text={tenderStateLabels[state]} classes={state === 'open' ? 'govuk-tag--green' : 'govuk-tag--grey'} />{' '}
				{state === 'open' ? loaderData.timeLeft : null}
			</p>
			{state === 'cancelled' ? <InsetText>This tender was cancelled. {tender.cancelledReason}</InsetText> : null}
			{tender.description ? <p className="govuk-body app-preserve-lines">{tender.description}</p> : null}
			<SupplierAction supplier={loaderData.supplier} state={state} signedIn={signedIn} bidding={tender.bidding} />
			<TenderTermsList tender={tender} editionName={editionName} />
			<ScoringRule terms={tender} />
			<h2 className="govuk-heading-m">Measures in scope</h2>
			<p className="govuk-body">
				Your social value matrix commits to these measures, valued with the{' '}
				<a className="govuk-link" href={editionHref}>
					{editionName} TOMs
				</a>
				.
			</p>
			<MeasuresInScope measures={measures} />
			<AmendmentList amendments={amendments} />
		</>
	)
}

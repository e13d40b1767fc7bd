import { href } from 'react-router'
import { contractAudience, maySeeContractFigures } from '#app/domain/contracts/contract-audience.ts'
import { formatCalendarDate, formatDate } from '#app/domain/dates.ts'
import { matrixTotals } from '#app/domain/matrix/valuation.ts'
import { quantityIn, unitFor } from '#app/domain/toms/units.ts'
import { unitCatalogueOfContract } from '#app/lib/units.server.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { getUser } from '#app/lib/auth.server.ts'
import { contractPeriods, contractProgress } from '#app/lib/contract-progress.server.ts'
import { loadContract } from '#app/lib/contracts.server.ts'
import { councilById, listCouncils, publicListingCouncil } from '#app/lib/councils.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { HistoryTable } from '#app/components/matrix-history.tsx'
import { MatrixTotalsTable } from '#app/components/matrix-totals.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { ContractProgressTable, ReportingPeriodsTable } from '#app/components/contract-progress.tsx'
import { cadenceLabels } from '#app/components/tender-summary-rows.ts'
import { useCouncilPath } from '#app/components/use-council-path.ts'
import type { Route } from './+types/contract.ts'

const eventLabels = {
	awarded: 'Awarded',
	recorded: 'Recorded',
	imported: 'Imported',
	changed: 'Details changed',
} as const

function row(key: string, value: string) {
	return { key: { text: key }, value: { text: value, classes: 'app-preserve-lines' } }
}

export function loader({ request, params }: Route.LoaderArgs) {
	const scope = publicListingCouncil(request, params)
	const loaded = loadContract(parseId(params.contractId))
	if (!loaded) throw new Response('Not found', { status: 404 })
	const { contract, tender, commitments, history } = loaded
	// Under one council's address, another council's contracts do not exist.
	if (scope && contract.councilId !== scope.id) throw new Response('Not found', { status: 404 })
	const user = getUser(request)
	const audience = contractAudience(user, contract)
	const totals = matrixTotals(
		commitments.map((c) => ({ themeName: c.themeName, valuePence: c.valuePence })),
		contract.valuePence,
	)
	// The public sees what was promised and what was delivered; who delivers it and how stays
	// between council and supplier. A commercially sensitive contract shows its figures only to
	// those it belongs to.
	const insider = audience !== 'public'
	const figures = maySeeContractFigures(user, contract)
	const units = unitCatalogueOfContract(contract.id)
	return {
		audience,
		figures,
		// Where several councils share the host, the page says whose contract it is.
		councilName: listCouncils().length > 1 ? (councilById(contract.councilId)?.name ?? null) : null,
		contract: {
			...contract,
			contractManagerName: insider ? contract.contractManagerName : null,
			valuePence: figures ? contract.valuePence : null,
		},
		targetPercent: tender?.targetPercent ?? null,
		totals: figures ? totals : null,
		commitments: commitments.map((c) => ({
			id: c.id,
			measureCode: c.measureCode,
			measureTitle: c.measureTitle,
			themeName: c.themeName,
			commitment: !figures
				? null
				: c.quantityHundredths === null
					? c.commitmentText
					: quantityIn(unitFor(units, c.unit), c.quantityHundredths),
			valuePence: figures ? c.valuePence : null,
			milestones: figures
				? c.milestones.map((m) => ({
						id: m.id,
						date: m.date,
						cumulative: quantityIn(unitFor(units, c.unit), m.cumulativeHundredths),
					}))
				: null,
			responsible: insider
				? [c.responsibleName, c.responsibleRole, c.responsibleEmail].filter(Boolean).join(', ')
				: null,
			methodStatement: insider ? c.methodStatement : null,
		})),
		history: insider ? history : [],
		progress: figures ? contractProgress(contract.id, Date.now()) : null,
		periods: insider ? contractPeriods(contract.id, Date.now()) : [],
		matrixHref:
			contract.matrixId === null
				? null
				: audience === 'council'
					? href('/manage/matrices/:matrixId', { matrixId: String(contract.matrixId) })
					: audience === 'supplier'
						? href('/matrices/:matrixId', { matrixId: String(contract.matrixId) })
						: null,
	}
}

export default function Contract({ loaderData }: Route.ComponentProps) {
	const { contract, commitments, totals, targetPercent, history, matrixHref, progress, periods, audience, figures } =
		loaderData
	const path = useCouncilPath()
	const rows: Array<[string, string]> = [
		...(loaderData.councilName ? ([['Council', loaderData.councilName]] as Array<[string, string]>) : []),
		['Reference', contract.reference],
		['Supplier', contract.organisationName],
		[
			'Contract value',
			contract.valuePence === null ? 'Not published: commercially sensitive' : formatPounds(contract.valuePence),
		],
		['Term', `${formatCalendarDate(contract.startDate)} to ${formatCalendarDate(contract.endDate)}`],
		['Progress reports', cadenceLabels[contract.cadence] ?? contract.cadence],
		['Awarded', formatDate(contract.awardedAt)],
		...(contract.contractManagerName
			? ([['Contract manager', contract.contractManagerName]] as Array<[string, string]>)
			: []),
	]
	return (
		<>
			<BackLink href={path('/contracts')} text="All contracts" />
			<DocumentTitle title={contract.title} />
			<NoticeBanner />
			<span className="govuk-caption-l">{contract.reference}</span>
			<h1 className="govuk-heading-l">{contract.title}</h1>
			<SummaryList rows={rows.map(([key, value]) => row(key, value))} />
			{audience === 'council' ? (
				<p className="govuk-body">
					<a
						className="govuk-link"
						href={href('/manage/contracts/:contractId/edit', { contractId: String(contract.id) })}
					>
						Change contract details
					</a>
				</p>
			) : null}
			<h2 className="govuk-heading-m">Social value commitments</h2>
			<p className="govuk-body">Fixed when the contract was awarded. Progress is reported against these.</p>
			{commitments.map((c) => (
				<SummaryList
					key={c.id}
					card={{ title: { text: `${c.measureCode}: ${c.measureTitle}`, headingLevel: 3 } }}
					rows={[
						row('Theme', c.themeName),
						c.commitment !== null && row('Commitment', c.commitment),
						figures &&
							row(
								'Social value',
								c.valuePence === null ? 'None (record only or qualitative)' : formatPounds(c.valuePence),
							),
						c.milestones !== null &&
							row(
								'Milestones',
								c.milestones.map((m) => `${formatCalendarDate(m.date)}: ${m.cumulative}`).join('; ') || 'None',
							),
						c.responsible !== null && row('Responsible', c.responsible),
						c.methodStatement !== null && row('Method statement', c.methodStatement),
					]}
				/>
			))}
			{totals ? (
				<MatrixTotalsTable totals={totals} targetPercent={targetPercent} caption="Social value committed" />
			) : (
				<p className="govuk-body">This contract is commercially sensitive: its figures are not published.</p>
			)}
			{progress ? <ContractProgressTable progress={progress} /> : null}
			{periods.length > 0 ? <ReportingPeriodsTable periods={periods} audience={audience} /> : null}
			{history.length > 0 ? (
				<HistoryTable
					rows={history.map((event) => ({
						id: event.id,
						at: event.at,
						what: eventLabels[event.kind],
						by: event.by,
						why: event.detail,
					}))}
					whyHeading="Details"
				/>
			) : null}
			{matrixHref ? (
				<p className="govuk-body">
					<a className="govuk-link" href={matrixHref}>
						The social value matrix this contract was awarded on, with its history
					</a>
				</p>
			) : null}
		</>
	)
}

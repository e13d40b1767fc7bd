import { Form, href } from 'react-router'
import { pageOf, pageSlice } from '#app/domain/pagination.ts'
import { strugglingContracts } from '#app/domain/returns/struggling.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { contractsProgress, councilRagThresholds } from '#app/lib/contract-progress.server.ts'
import { listContracts } from '#app/lib/contracts.server.ts'
import {
	commitmentThemes,
	contractTotalsShownTo,
	dashboardTotals,
	deliveredOverTime,
	returnCounts,
	scheduledYears,
	type DashboardFilter,
} from '#app/lib/dashboard.server.ts'
import { cachedRead } from '#app/infra/read-cache.server.ts'
import { CommittedDeliveredChart, DeliveredOverTimeChart } from '#app/components/charts.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import { RagRule } from '#app/components/rag-rule.tsx'
import { PriorityTotalsTable, TotalsTable } from '#app/components/totals-table.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { dashboardSummaryRows, overTimeHead, overTimeRows, strugglingHead, strugglingRows } from './dashboard-rows.ts'
import { contractManagers } from '#app/lib/tenders.server.ts'
import type { Route } from './+types/dashboard.ts'

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "2027-09" → "Sep 2027" */
function monthLabel(month: string): string {
	const [year, m] = month.split('-').map(Number) as [number, number]
	return monthFormat.format(Date.UTC(year, m - 1, 1))
}

const PAGE_SIZE = 20

/**
 * A council's dashboard figures for a filter, as of a day. Reading them takes tens of
 * milliseconds on a large council, so they are kept until the database next changes.
 */
function dashboardFigures(filter: DashboardFilter, now: number) {
	const today = toLondonDateTime(now).date
	const { councilId, year, contractManagerId, theme } = filter
	const key = `dashboard:${councilId}:${year?.key ?? ''}:${contractManagerId ?? ''}:${theme ?? ''}:${today}`
	return cachedRead(key, () => {
		const contracts = listContracts(contractManagerId === null ? { councilId } : { councilId, contractManagerId })
		const progress = contractsProgress(
			contracts.map((c) => c.id),
			now,
		)
		return {
			totals: dashboardTotals(filter),
			struggling: strugglingContracts(contracts, (id) => progress.get(id)?.rows ?? [], theme),
			returns: returnCounts({ councilId, contractManagerId }, today),
			overTime: deliveredOverTime(filter),
		}
	})
}

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const params = new URL(request.url).searchParams
	const councilId = user.organisationId
	const { years, themes } = cachedRead(`dashboard-choices:${councilId}`, () => ({
		years: scheduledYears(councilId),
		themes: commitmentThemes(councilId),
	}))
	const year = years.find((y) => y.key === params.get('year')) ?? null
	// The social value lead chooses among the council's own officers; a contract manager sees their own contracts.
	const managers = user.role === 'admin' ? contractManagers(councilId) : []
	const requestedManager = managers.find((m) => String(m.id) === params.get('manager'))?.id ?? null
	const contractManagerId = user.role === 'admin' ? requestedManager : user.id
	const theme = themes.find((t) => t === params.get('theme')) ?? null
	const { totals, struggling, returns, overTime } = dashboardFigures(
		{ councilId, year, contractManagerId, theme },
		Date.now(),
	)
	// Long lists are paged so the page stays quick to load and to read; exports hold every row.
	const strugglingPage = pageOf(struggling.length, params.get('needs-help-page'), PAGE_SIZE)
	const contractsPage = pageOf(totals.byContract.length, params.get('contracts-page'), PAGE_SIZE)
	const suppliersPage = pageOf(totals.bySupplier.length, params.get('suppliers-page'), PAGE_SIZE)
	return {
		isAdmin: user.role === 'admin',
		years: years.map((y) => ({ key: y.key, label: y.label })),
		year: year?.key ?? '',
		yearLabel: year?.label ?? 'all time',
		themes,
		theme: theme ?? '',
		managers,
		manager: contractManagerId === null ? '' : String(contractManagerId),
		totals: {
			...totals,
			// The figures are the same for everyone; which contracts' figures this reader may see is not.
			byContract: contractTotalsShownTo(user, pageSlice(totals.byContract, contractsPage)),
			bySupplier: pageSlice(totals.bySupplier, suppliersPage),
		},
		contractsPage,
		suppliersPage,
		returns,
		overTime: overTime.map((point) => ({ label: monthLabel(point.month), pence: point.deliveredPence })),
		struggling: pageSlice(struggling, strugglingPage),
		strugglingPage,
		ragThresholds: councilRagThresholds(councilId),
	}
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
	const {
		isAdmin,
		years,
		year,
		yearLabel,
		themes,
		theme,
		managers,
		manager,
		totals,
		returns,
		struggling,
		strugglingPage,
		contractsPage,
		suppliersPage,
		overTime,
		ragThresholds,
	} = loaderData
	const { overall } = totals
	return (
		<>
			<DocumentTitle title="Social value dashboard" />
			<h1 className="govuk-heading-l">Social value dashboard</h1>
			<p className="govuk-body">
				{isAdmin ? 'Every contract' : 'The contracts you manage'}, for {yearLabel}. Delivered counts approved returns
				only; a year’s committed figure is what the milestones expect in that year.
			</p>
			<p className="govuk-body">
				<a className="govuk-link" href={href('/manage/report')}>
					The annual Social Value Report
				</a>{' '}
				is ready to print or save as a PDF.
			</p>
			<Form method="get" className="app-filter-form">
				<Select
					id="year"
					name="year"
					label={{ text: 'Financial year', classes: 'govuk-label--s' }}
					value={year}
					items={[{ value: '', text: 'All time' }, ...years.map((y) => ({ value: y.key, text: y.label }))]}
				/>
				{isAdmin ? (
					<Select
						id="manager"
						name="manager"
						label={{ text: 'Contract manager', classes: 'govuk-label--s' }}
						value={manager}
						items={[
							{ value: '', text: 'All contract managers' },
							...managers.map((m) => ({ value: String(m.id), text: m.name })),
						]}
					/>
				) : null}
				<Select
					id="theme"
					name="theme"
					label={{ text: 'Theme', classes: 'govuk-label--s' }}
					value={theme}
					items={[{ value: '', text: 'All themes' }, ...themes.map((t) => ({ value: t, text: t }))]}
				/>
				<Button text="Show" classes="govuk-button--secondary" />
			</Form>
			<SummaryList rows={dashboardSummaryRows(overall, returns)} />
			<h2 className="govuk-heading-m" id="needs-help-page">
				Suppliers who may need help
			</h2>
			{struggling.length === 0 ? (
				<p className="govuk-body">No commitment is behind its milestones.</p>
			) : (
				<>
					<Table
						caption="Contracts with commitments behind their milestones, most red first"
						captionClasses="govuk-visually-hidden"
						head={strugglingHead}
						rows={strugglingRows(struggling)}
						classes="govuk-!-margin-bottom-2"
						attributes={{ 'aria-describedby': 'needs-help-rag-rule' }}
					/>
					<RagRule id="needs-help-rag-rule" thresholds={ragThresholds} />
					<PageNavigation page={strugglingPage} param="needs-help-page" label="Pages of suppliers who may need help" />
				</>
			)}
			<CommittedDeliveredChart
				id="by-theme-chart"
				title={`Social value delivered against committed, by theme, ${yearLabel}`}
				rows={totals.byTheme}
			/>
			<TotalsTable caption="By theme" first="Theme" rows={totals.byTheme} />
			{overTime.length > 0 ? (
				<>
					<DeliveredOverTimeChart
						id="over-time-chart"
						title="Social value delivered, by the month each reporting period ended"
						points={overTime}
					/>
					<Table
						caption="Delivered over time"
						captionClasses="govuk-table__caption--m"
						head={overTimeHead}
						rows={overTimeRows(overTime)}
						firstCellIsHeader
					/>
				</>
			) : null}
			<PriorityTotalsTable caption="By council priority" first="Council priority" rows={totals.byPriority} />
			<TotalsTable
				id="contracts-page"
				caption="By contract"
				first="Contract"
				rows={totals.byContract}
				link={(row) => href('/contracts/:contractId', { contractId: row.key })}
			/>
			<PageNavigation page={contractsPage} param="contracts-page" label="Pages of contracts" />
			<TotalsTable id="suppliers-page" caption="By supplier" first="Supplier" rows={totals.bySupplier} />
			<PageNavigation page={suppliersPage} param="suppliers-page" label="Pages of suppliers" />
		</>
	)
}

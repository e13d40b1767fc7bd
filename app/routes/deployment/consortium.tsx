import { Form, href } from 'react-router'
import { groupBy } from '#app/domain/group-by.ts'
import { requireDeploymentRole } from '#app/lib/auth.server.ts'
import {
	consortiumFilterFrom,
	consortiumYears,
	figuresByCouncil,
	figuresByTheme,
	figuresForSharedSuppliers,
} from '#app/lib/consortium.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { TotalsTable } from '#app/components/totals-table.tsx'
import type { TotalsRow } from '#app/components/totals-rows.ts'
import type { Route } from './+types/consortium.ts'

export function loader({ request }: Route.LoaderArgs) {
	requireDeploymentRole(request, ['administrator', 'consortium'])
	const filter = consortiumFilterFrom(new URL(request.url).searchParams)
	return {
		years: consortiumYears(),
		year: filter.startYear,
		councils: figuresByCouncil(filter),
		themes: figuresByTheme(filter),
		suppliers: figuresForSharedSuppliers(filter),
	}
}

const byCouncil = (row: {
	councilId: number
	council: string
	committedPence: number | null
	deliveredPence: number | null
}): TotalsRow => ({
	key: String(row.councilId),
	label: row.council,
	committedPence: row.committedPence,
	deliveredPence: row.deliveredPence,
})

export default function Consortium({ loaderData }: Route.ComponentProps) {
	const { years, year, councils, themes, suppliers } = loaderData
	const yearLabel = year === null ? 'all time' : `the financial year beginning in ${year}`
	const query = year === null ? '' : `?year=${year}`
	const download = (dataset: string) =>
		`${href('/deployment/consortium/export/:dataset/:format', { dataset, format: 'csv' })}${query}`
	return (
		<>
			<DocumentTitle title="Consortium figures" />
			<h1 className="govuk-heading-l">Consortium figures</h1>
			<p className="govuk-body">
				What each council’s suppliers committed and delivered, side by side, for {yearLabel}. Each council counts in its
				own financial year. Delivered counts approved returns only; a year’s committed figure is what the milestones
				expect in that year.
			</p>
			<Form method="get" className="app-filter-form">
				<Select
					id="year"
					name="year"
					label={{ text: 'Financial year', classes: 'govuk-label--s' }}
					value={year === null ? '' : String(year)}
					items={[
						{ value: '', text: 'All time' },
						...years.map((y) => ({ value: String(y), text: `Beginning in ${y}` })),
					]}
				/>
				<Button text="Show" classes="govuk-button--secondary" />
			</Form>
			<TotalsTable caption="By council" first="Council" rows={councils.map(byCouncil)} />
			<p className="govuk-body">
				<a className="govuk-link" href={download('councils')} download>
					Download the figures by council (CSV)
				</a>
			</p>
			<h2 className="govuk-heading-l">By theme</h2>
			{themes.length === 0 ? (
				<p className="govuk-body">No council has commitments yet.</p>
			) : (
				[...groupBy(themes, (row) => row.theme)].map(([theme, rows]) => (
					<TotalsTable key={theme} caption={theme} first="Council" rows={rows.map(byCouncil)} />
				))
			)}
			<p className="govuk-body">
				<a className="govuk-link" href={download('themes')} download>
					Download the figures by theme and council (CSV)
				</a>
			</p>
			<h2 className="govuk-heading-l">Suppliers working for more than one council</h2>
			{suppliers.length === 0 ? (
				<p className="govuk-body">No supplier has contracts with more than one council.</p>
			) : (
				<>
					<p className="govuk-body">
						A supplier’s figures with a council are not published here when one of its contracts there is commercially
						sensitive.
					</p>
					{[...groupBy(suppliers, (row) => row.supplierId)].map(([supplierId, rows]) => (
						<TotalsTable key={supplierId} caption={rows[0]!.supplier} first="Council" rows={rows.map(byCouncil)} />
					))}
				</>
			)}
			<p className="govuk-body">
				<a className="govuk-link" href={download('suppliers')} download>
					Download the figures of suppliers by council (CSV)
				</a>
			</p>
		</>
	)
}

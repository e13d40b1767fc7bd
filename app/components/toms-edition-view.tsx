import type { ReactNode } from 'react'
import { Form, href } from 'react-router'
import { formatDate } from '#app/domain/dates.ts'
import { countOf, pluralWord } from '#app/domain/plural.ts'
import { describeEditionSize } from '#app/domain/toms/format.ts'
import { proxyValueIn, unitFor } from '#app/domain/toms/units.ts'
import type { TreeMeasure } from '#app/lib/toms-queries.server.ts'
import type { PriorityName, PublicEditionData } from '#app/lib/toms-public.server.ts'
import { editionComparisonHref } from './edition-comparison-href.ts'
import { Button } from './govuk/button.tsx'
import { Input } from './govuk/input.tsx'
import { NotificationBanner } from './govuk/notification-banner.tsx'
import { Select } from './govuk/select.tsx'
import { MeasureDetails } from './toms-measure-details.tsx'
import { useUnits } from './use-units.ts'

type Tree<M> = {
	themes: Array<{ id: number; name: string; outcomes: Array<{ id: number; name: string; measures: M[] }> }>
}

/** A measure's own public page. */
export function measureHref(editionId: number, code: string) {
	return href('/toms/editions/:editionId/measures/:code', {
		editionId: String(editionId),
		code: encodeURIComponent(code),
	})
}

function downloadHref(editionId: number, format: 'csv' | 'xlsx') {
	return href('/toms/editions/:editionId/download/:format', { editionId: String(editionId), format })
}

/** The public reading of an edition: filter form, then themes → outcomes → measures. */
export function TomsEditionView({
	data,
	action,
	previous = null,
}: {
	data: PublicEditionData
	action: string
	/** The edition published before this one, to compare with. */
	previous?: { id: number; name: string } | null
}) {
	const { edition, filter, themes, shown, compact } = data
	const units = useUnits()
	const filtering = filter.themeId !== null || filter.query !== ''
	return (
		<>
			{edition.status === 'retired' ? (
				<NotificationBanner titleText="Important">
					<p className="govuk-notification-banner__heading">
						This edition has been retired.{' '}
						<a className="govuk-notification-banner__link" href={href('/toms')}>
							Read the current edition
						</a>
						.
					</p>
				</NotificationBanner>
			) : null}
			<span className="govuk-caption-l">Themes, outcomes and measures (TOMs)</span>
			<h1 className="govuk-heading-l">{edition.name}</h1>
			{edition.description ? <p className="govuk-body app-preserve-lines">{edition.description}</p> : null}
			{edition.publishedAt ? (
				<p className="govuk-body-s">
					Published {formatDate(edition.publishedAt)}
					{edition.isCurrent ? ' · the current edition' : ''}
				</p>
			) : null}
			<p className="govuk-body">
				Download this edition as{' '}
				<a className="govuk-link" href={downloadHref(edition.id, 'csv')} download>
					CSV
				</a>{' '}
				or{' '}
				<a className="govuk-link" href={downloadHref(edition.id, 'xlsx')} download>
					Excel (.xlsx)
				</a>
				.{' '}
				<a className="govuk-link" href={href('/toms/editions')}>
					Other editions
				</a>
			</p>
			{previous ? (
				<p className="govuk-body">
					<a className="govuk-link" href={editionComparisonHref(previous.id, edition.id)}>
						What changed since the last edition
					</a>{' '}
					({previous.name})
				</p>
			) : null}

			<Form method="get" action={action} className="app-filter-form" role="search" aria-label="Filter measures">
				<div className="govuk-grid-row">
					<div className="govuk-grid-column-one-third">
						<Select
							id="theme"
							name="theme"
							label={{ text: 'Theme' }}
							value={filter.themeId === null ? '' : String(filter.themeId)}
							items={[
								{ value: '', text: 'All themes' },
								...themes.map((theme) => ({ value: String(theme.id), text: theme.name })),
							]}
						/>
					</div>
					<div className="govuk-grid-column-one-third">
						<Input
							id="q"
							name="q"
							type="search"
							label={{ text: 'Code or words' }}
							value={filter.query}
							spellcheck={false}
						/>
					</div>
					<div className="govuk-grid-column-one-third">
						<div className="govuk-button-group app-filter-buttons">
							<Button text="Apply filter" />
							{filtering ? (
								<a className="govuk-link" href={action}>
									Clear filter
								</a>
							) : null}
						</div>
					</div>
				</div>
			</Form>

			<p className="govuk-body" role="status">
				{filtering
					? `${countOf(shown, 'measure')} ${pluralWord(shown, 'matches', 'match')} your filter.`
					: `${describeEditionSize(data.totalMeasures ?? shown, data.tree.themes.length)}.`}
				{compact ? ' Choose a theme or search to see each measure’s guidance here, or open a measure.' : ''}
			</p>

			{data.compact ? (
				<ThemeSections
					tree={data.tree}
					measures={(measures) => (
						<ul className="govuk-list">
							{measures.map((measure) => (
								<li key={measure.id} id={`measure-${measure.code}`}>
									<a className="govuk-link" href={measureHref(edition.id, measure.code)}>
										{`${measure.code}: ${measure.title}`}
									</a>{' '}
									<span className="govuk-body-s">
										({proxyValueIn(unitFor(units, measure.unit), measure.proxyValuePence)})
									</span>
								</li>
							))}
						</ul>
					)}
				/>
			) : (
				<ThemeSections
					tree={data.tree}
					measures={(measures) => (
						<FullMeasures measures={measures} editionId={edition.id} priorities={data.priorities} />
					)}
				/>
			)}
		</>
	)
}

function ThemeSections<M>({ tree, measures }: { tree: Tree<M>; measures: (measures: M[]) => ReactNode }) {
	return tree.themes.map((theme) => (
		<section key={theme.id} aria-labelledby={`theme-${theme.id}`}>
			<h2 className="govuk-heading-l" id={`theme-${theme.id}`}>
				{theme.name}
			</h2>
			{theme.outcomes.map((outcome) => (
				<section key={outcome.id} aria-labelledby={`outcome-${outcome.id}`}>
					<h3 className="govuk-heading-m" id={`outcome-${outcome.id}`}>
						{outcome.name}
					</h3>
					{measures(outcome.measures)}
				</section>
			))}
		</section>
	))
}

function FullMeasures({
	measures,
	editionId,
	priorities,
}: {
	measures: TreeMeasure[]
	editionId: number
	priorities: PriorityName[]
}) {
	const priorityByCode = new Map(priorities.map((priority) => [priority.code, priority]))
	return measures.map((measure) => (
		<div className="app-measure" key={measure.id} id={`measure-${measure.code}`}>
			<h4 className="govuk-heading-s">
				<a className="govuk-link" href={measureHref(editionId, measure.code)}>
					{measure.code}: {measure.title}
				</a>
			</h4>
			<MeasureDetails
				measure={measure}
				priorities={measure.priorityCodes.map((code) => priorityByCode.get(code) ?? { code, name: code })}
			/>
		</div>
	))
}

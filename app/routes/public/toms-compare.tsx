import { getFormProps, useForm } from '@conform-to/react'
import { Form, data, href } from 'react-router'
import type { z } from 'zod'
import type { ThemeSection } from '#app/domain/toms/edition-comparison.ts'
import { comparableEditions, loadEditionComparison, previousPublishedEdition } from '#app/lib/toms-compare.server.ts'
import { publicCouncil } from '#app/lib/councils.server.ts'
import { getCurrentEdition } from '#app/lib/toms-queries.server.ts'
import { type CompareSchema, readComparisonRequest } from '#app/routes/shared/edition-comparison-request.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { editionComparisonHref } from '#app/components/edition-comparison-href.ts'
import { selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import {
	changedMeasureHead,
	changedMeasureRows,
	countRows,
	describeMeasureCounts,
	editionItems,
	listedMeasureHead,
	listedMeasureRows,
} from './toms-compare-rows.tsx'
import type { Route } from './+types/toms-compare.ts'

export function loader({ request, params }: Route.LoaderArgs) {
	const council = publicCouncil(request, params)
	const asked = readComparisonRequest(request, council.id)
	const editions = comparableEditions(council.id, asked.includeDrafts)
	if (asked.state === 'refused')
		return data({ editions, result: asked.result, suggested: null, comparison: null }, { status: asked.status })
	if (asked.state === 'blank') {
		// The question most readers come with: what changed in the current edition.
		const current = getCurrentEdition(council.id)
		const previous = current ? previousPublishedEdition(current.id) : null
		const suggested = current && previous ? { from: String(previous.id), to: String(current.id) } : null
		return { editions, result: undefined, suggested, comparison: null }
	}
	const { from, to } = asked
	return {
		editions,
		result: asked.result,
		suggested: null,
		comparison: { from, to, ...loadEditionComparison(council.id, from.id, to.id) },
	}
}

export default function TomsCompare({ loaderData }: Route.ComponentProps) {
	const { editions, result, suggested, comparison } = loaderData
	const [form, fields] = useForm<z.input<typeof CompareSchema>>({
		id: 'compare',
		lastResult: result,
		defaultValue: suggested ?? undefined,
		shouldValidate: 'onSubmit',
	})
	const errors = collectErrors([fields.from, fields.to], form.errors, 'from')
	const { key: fromKey, ...fromField } = selectFieldProps(fields.from)
	const { key: toKey, ...toField } = selectFieldProps(fields.to)
	const items = editionItems(editions)
	const title = comparison ? `What changed from ${comparison.from.name} to ${comparison.to.name}` : 'Compare editions'
	return (
		<>
			<BackLink href={href('/toms/editions')} text="Back to the editions" />
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<FormErrorSummary errors={errors} />
			<span className="govuk-caption-l">Themes, outcomes and measures (TOMs)</span>
			<h1 className="govuk-heading-l">{title}</h1>

			<Form method="get" action={href('/toms/compare')} className="app-filter-form" {...getFormProps(form)}>
				<div className="govuk-grid-row">
					<div className="govuk-grid-column-one-third">
						<Select key={fromKey} {...fromField} label={{ text: 'From edition' }} items={items} />
					</div>
					<div className="govuk-grid-column-one-third">
						<Select key={toKey} {...toField} label={{ text: 'To edition' }} items={items} />
					</div>
					<div className="govuk-grid-column-one-third">
						<div className="govuk-button-group app-filter-buttons">
							<Button text="Compare" />
						</div>
					</div>
				</div>
			</Form>

			{comparison ? (
				<>
					<h2 className="govuk-heading-m">Summary</h2>
					<p className="govuk-body">
						{comparison.unchanged
							? `${comparison.to.name} has the same themes, outcomes and measures as ${comparison.from.name}.`
							: describeMeasureCounts(comparison.counts)}
					</p>
					<SummaryList rows={countRows(comparison.counts)} />
					<p className="govuk-body">
						<a
							className="govuk-link"
							href={editionComparisonHref(comparison.from.id, comparison.to.id, 'csv')}
							download
						>
							Download these changes as CSV
						</a>
					</p>
					{comparison.sections.map((section) => (
						<ThemeChanges key={section.theme} section={section} />
					))}
				</>
			) : null}
		</>
	)
}

const themeStatus: Record<ThemeSection['status'], string | null> = {
	added: 'This theme is new.',
	removed: 'This theme has been removed, with everything in it.',
	kept: null,
}

function ThemeChanges({ section }: { section: ThemeSection }) {
	const { theme, outcomesAdded, outcomesRemoved } = section
	const tables = [
		{ caption: `Measures added to ${theme}`, head: listedMeasureHead, rows: listedMeasureRows(section.measuresAdded) },
		{
			caption: `Measures removed from ${theme}`,
			head: listedMeasureHead,
			rows: listedMeasureRows(section.measuresRemoved),
		},
		{
			caption: `Measures changed in ${theme}`,
			head: changedMeasureHead,
			rows: changedMeasureRows(section.measuresChanged),
		},
	]
	return (
		<section>
			<h2 className="govuk-heading-m">{theme}</h2>
			{themeStatus[section.status] ? <p className="govuk-body">{themeStatus[section.status]}</p> : null}
			{outcomesAdded.length > 0 ? <p className="govuk-body">Outcomes added: {outcomesAdded.join('; ')}</p> : null}
			{outcomesRemoved.length > 0 ? <p className="govuk-body">Outcomes removed: {outcomesRemoved.join('; ')}</p> : null}
			{tables
				.filter((table) => table.rows.length > 0)
				.map((table) => (
					<Table key={table.caption} captionClasses="govuk-table__caption--s" {...table} />
				))}
		</section>
	)
}

import type { TenderTerms as AmendedTerms } from '#app/domain/tenders/amendments.ts'
import { formatCalendarDate, formatDateTime } from '#app/domain/dates.ts'
import { proxyValueIn, unitFor, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { formatPounds } from '#app/domain/toms/money.ts'
import { biddingSummary } from '#app/domain/tenders/tender-rules.ts'
import { escapeHtml } from './govuk/shared.ts'
import type { SummaryListRow } from './govuk/summary-list.tsx'
import type { TableCell } from './govuk/table.tsx'

/** A tender's terms as its pages list them: the reference where the amendments name the title. */
export type TenderTerms = Omit<AmendedTerms, 'title'> & { reference: string; bidding?: string }

export const cadenceLabels: Record<string, string> = {
	half_yearly: 'Every half year',
	quarterly: 'Every quarter',
	annual: 'Every year',
}

/** A summary list row of a key and a plain-text value. */
export function textRow(key: string, value: string): SummaryListRow {
	return { key: { text: key }, value: { text: value } }
}

/** What a tender asks of bidders: its value, term, deadline, scoring, target, reporting and TOMs edition. */
export function tenderTermsRows(tender: TenderTerms, editionName: string): SummaryListRow[] {
	const qualitySharePercent = 100 - tender.quantitySharePercent
	return [
		textRow('Reference', tender.reference),
		textRow('Estimated contract value', formatPounds(tender.estimatedValuePence)),
		textRow(
			'Expected contract term',
			`${formatCalendarDate(tender.contractStart)} to ${formatCalendarDate(tender.contractEnd)}`,
		),
		textRow('Submission deadline', formatDateTime(tender.deadlineAt)),
		...(tender.bidding ? [textRow('Where bids are sent', biddingSummary(tender.bidding))] : []),
		textRow(
			'Social value weighting',
			`${tender.weightingPercent}% of the total score (${tender.quantitySharePercent}% for quantity offered, ${qualitySharePercent}% for quality of method statements)`,
		),
		textRow(
			'Target',
			tender.targetPercent === null
				? 'None set'
				: `Social value of at least ${tender.targetPercent}% of the contract value`,
		),
		textRow('Progress reports', cadenceLabels[tender.cadence] ?? tender.cadence),
		textRow('TOMs edition', editionName),
	]
}

export type ScopeMeasure = {
	id: number
	code: string
	title: string
	unit: string
	proxyValuePence: number | null
	guidance: string
	themeName: string
}

export const scopeMeasuresHead: TableCell[] = [{ text: 'Measure' }, { text: 'Unit' }, { text: 'Value' }]

/** The measures in scope grouped by theme, in the order the themes first appear, a table's rows for each. */
export function scopeMeasuresByTheme(
	measures: ScopeMeasure[],
	units: UnitCatalogue,
): Array<{ theme: string; rows: TableCell[][] }> {
	const themes = [...new Set(measures.map((measure) => measure.themeName))]
	return themes.map((theme) => ({
		theme,
		rows: measures
			.filter((measure) => measure.themeName === theme)
			.map((measure) => [
				{
					html:
						`<strong>${escapeHtml(measure.code)}</strong>: ${escapeHtml(measure.title)}` +
						(measure.guidance
							? `<div class="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">${escapeHtml(measure.guidance)}</div>`
							: ''),
				},
				{ text: unitFor(units, measure.unit).name },
				{ text: proxyValueIn(unitFor(units, measure.unit), measure.proxyValuePence) },
			]),
	}))
}

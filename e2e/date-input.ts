import type { Locator, Page } from '@playwright/test'

/** The GOV.UK date input whose legend is `legend`. */
export function dateGroup(scope: Page | Locator, legend: string): Locator {
	return scope.getByRole('group', { name: legend, exact: true })
}

/** Types a calendar date ("2027-04-01") into a GOV.UK date input as a person would: 1, 4, 2027. */
export async function fillDate(scope: Page | Locator, legend: string, date: string) {
	const [year, month, day] = date.split('-')
	await fillDateParts(scope, legend, { day: String(Number(day)), month: String(Number(month)), year: year! })
}

/** Types each part as given, blanks and mistakes included. */
export async function fillDateParts(
	scope: Page | Locator,
	legend: string,
	parts: { day: string; month: string; year: string },
) {
	const group = dateGroup(scope, legend)
	await group.getByLabel('Day').fill(parts.day)
	await group.getByLabel('Month').fill(parts.month)
	await group.getByLabel('Year').fill(parts.year)
}

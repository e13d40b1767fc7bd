import type { EditionContent } from './content.ts'
import { isQualitative, type UnitCatalogue } from './units.ts'

/**
 * What stops a draft edition being published, in the words the administrator will see.
 * An empty list means it can be published.
 */
export function publishProblems(content: EditionContent, units: UnitCatalogue): string[] {
	const problems: string[] = []
	if (content.themes.length === 0) return ['Add at least one theme']
	const seenCodes = new Map<string, string>()
	for (const theme of content.themes) {
		if (theme.outcomes.length === 0) problems.push(`Theme ‘${theme.name}’ has no outcomes`)
		for (const outcome of theme.outcomes) {
			if (outcome.measures.length === 0) problems.push(`Outcome ‘${outcome.name}’ has no measures`)
			for (const measure of outcome.measures) {
				const key = measure.code.toLowerCase()
				const earlier = seenCodes.get(key)
				if (earlier !== undefined) problems.push(`Code ‘${measure.code}’ is used by more than one measure`)
				else seenCodes.set(key, measure.code)
				const unit = units.get(measure.unit)
				if (!unit) problems.push(`Measure ${measure.code} has an unknown unit ‘${measure.unit}’`)
				else if (isQualitative(unit) && measure.proxyValuePence !== null) {
					problems.push(`Measure ${measure.code} is qualitative (text) so cannot have a proxy value`)
				}
				if (measure.title.trim() === '') problems.push(`Measure ${measure.code} has no title`)
			}
		}
	}
	return problems
}

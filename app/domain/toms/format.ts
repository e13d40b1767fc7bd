import { countOf } from '../plural.ts'

/** "43 measures in 5 themes", "1 measure in 1 theme". */
export function describeEditionSize(measures: number, themes: number): string {
	return `${countOf(measures, 'measure')} in ${countOf(themes, 'theme')}`
}

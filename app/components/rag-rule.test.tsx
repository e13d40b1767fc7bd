import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { RagRule } from './rag-rule.tsx'

const text = (html: string) => html.replace(/<[^>]+>/g, '')

test('the rule beside a RAG table names each tag and its meaning, from the council’s thresholds', () => {
	const html = renderToStaticMarkup(<RagRule id="rule" thresholds={{ greenPercent: 80, amberPercent: 50 }} />)
	expect(html).toContain('id="rule"')
	expect(html).toContain(
		'<strong class="govuk-tag govuk-tag--green">Green</strong> means delivered 80% or more of what the milestones expect',
	)
	expect(text(html)).toContain('Amber means delivered 50% or more, but under 80%')
	expect(text(html)).toContain('Red means delivered under 50%')
	expect(text(html)).toContain(
		'Nothing due yet means the milestones expect nothing yet, or the commitment is described in words',
	)
})

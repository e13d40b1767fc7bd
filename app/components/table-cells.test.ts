import { expect, test } from 'vitest'
import { linkHtml, tagHtml } from './table-cells.ts'

test('a link escapes its address and words, and can say more to screen readers', () => {
	expect(linkHtml('/contracts/1?a=1&b=2', 'Parks <maintenance>')).toBe(
		'<a class="govuk-link" href="/contracts/1?a=1&amp;b=2">Parks &lt;maintenance&gt;</a>',
	)
	expect(linkHtml('/x', 'Review', { classes: 'govuk-body-s', hiddenText: ' the "H1" return' })).toBe(
		'<a class="govuk-link govuk-body-s" href="/x">Review<span class="govuk-visually-hidden"> the &quot;H1&quot; return</span></a>',
	)
})

test('a tag escapes its words', () => {
	expect(tagHtml('Red', 'govuk-tag--red')).toBe('<strong class="govuk-tag govuk-tag--red">Red</strong>')
	expect(tagHtml('<script>')).toBe('<strong class="govuk-tag">&lt;script&gt;</strong>')
})

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, test } from 'vitest'
import { CharacterCount, type CharacterCountProps } from './character-count.tsx'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'

describe('CharacterCount', () => {
	it.each(fixtureCases<CharacterCountProps>('character-count'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<CharacterCount {...options} />))).toBe(normaliseHtml(html))
	})
})

test('without JavaScript the limit is written as GOV.UK Frontend’s JavaScript writes it, with a thousands separator', () => {
	const html = renderToStaticMarkup(
		<CharacterCount name="statement" maxlength={5000} label={{ text: 'Method statement' }} />,
	)
	expect(html).toContain('aria-describedby="statement-info"')
	expect(html).toContain(
		'<div id="statement-info" class="govuk-hint govuk-character-count__message">You can enter up to 5,000 characters</div>',
	)
})

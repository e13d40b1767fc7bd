import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, htmlToReact, normaliseHtml } from './fixture-test-utils.ts'
import { ServiceNavigation, type ServiceNavigationProps } from './service-navigation.tsx'

// In the Nunjucks macro, slots are HTML strings (`end` may also be `{ html, align }`).
// The React component takes React nodes for slots, so convert the fixtures' HTML.
type FixtureSlot = string | { html?: string; align?: 'inline' }
type FixtureOptions = Omit<ServiceNavigationProps, 'slots'> & {
	slots?: Partial<Record<'start' | 'end' | 'navigationStart' | 'navigationEnd', FixtureSlot>>
}

function toProps({ slots, ...options }: FixtureOptions): ServiceNavigationProps {
	if (!slots) return options
	const node = (slot: FixtureSlot | undefined) =>
		typeof slot === 'string' ? htmlToReact(slot) : slot?.html ? htmlToReact(slot.html) : undefined
	const { start, end, navigationStart, navigationEnd } = slots
	return {
		...options,
		slots: {
			start: node(start),
			end: typeof end === 'object' ? { content: node(end), align: end.align } : node(end),
			navigationStart: node(navigationStart),
			navigationEnd: node(navigationEnd),
		},
	}
}

describe('ServiceNavigation', () => {
	it.each(fixtureCases<FixtureOptions>('service-navigation'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<ServiceNavigation {...toProps(options)} />))).toBe(normaliseHtml(html))
	})

	it('renders the service name and navigation from plain props', () => {
		const html = renderToStaticMarkup(
			<ServiceNavigation
				serviceName="Golden Thread"
				serviceUrl="/"
				navigation={[
					{ href: '/', text: 'Home', current: true },
					{ href: '/reports', text: 'Reports' },
				]}
			/>,
		)
		expect(html).toContain('<span class="govuk-service-navigation__service-name">')
		expect(html).toContain(
			'<a class="govuk-service-navigation__link" href="/" aria-current="page"><strong class="govuk-service-navigation__active-fallback">Home</strong></a>',
		)
		expect(html).toContain('<a class="govuk-service-navigation__link" href="/reports">Reports</a>')
	})
})

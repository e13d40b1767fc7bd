import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createElement, type ReactNode } from 'react'
import { toReactAttributes } from './shared.ts'

// jsdom ships without type declarations, so describe the little of it used here.
type JsdomModule = { JSDOM: new (html?: string) => { window: { document: Document } } }
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule
const { document } = new JSDOM('').window

export type Fixture<Options> = {
	name: string
	options: Options
	html: string
	hidden: boolean
}

/** All fixtures of a GOV.UK Frontend component, as shipped in govuk-frontend's dist folder. */
export function loadFixtures<Options>(component: string): Fixture<Options>[] {
	const url = new URL(
		`../../../node_modules/govuk-frontend/dist/govuk/components/${component}/fixtures.json`,
		import.meta.url,
	)
	const { fixtures } = JSON.parse(readFileSync(url, 'utf8')) as { fixtures: Fixture<Options>[] }
	return fixtures
}

/**
 * The fixtures of a component to test, less the `skipped` ones (name: reason). This includes the
 * `hidden` fixtures, which GOV.UK Frontend uses to test edge cases rather than to show examples.
 * Throws if `skipped` names a fixture that does not exist, so the list cannot go stale.
 */
export function fixtureCases<Options>(component: string, skipped: Record<string, string> = {}): Fixture<Options>[] {
	const fixtures = loadFixtures<Options>(component)
	for (const name of Object.keys(skipped)) {
		if (!fixtures.some((fixture) => fixture.name === name)) {
			throw new Error(`Skipped fixture "${name}" is not a ${component} fixture`)
		}
	}
	const cases = fixtures.filter((fixture) => !(fixture.name in skipped))
	if (!cases.some((fixture) => !fixture.hidden)) throw new Error(`No visible ${component} fixtures to test`)
	return cases
}

// Boolean attributes mean the same whatever their value, so compare presence only.
const booleanAttributes = new Set([
	'allowfullscreen',
	'async',
	'autofocus',
	'autoplay',
	'checked',
	'controls',
	'default',
	'defer',
	'disabled',
	'formnovalidate',
	'hidden',
	'inert',
	'itemscope',
	'loop',
	'multiple',
	'muted',
	'nomodule',
	'novalidate',
	'open',
	'playsinline',
	'readonly',
	'required',
	'reversed',
	'selected',
])

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

function attributeValue(name: string, value: string): string {
	if (name === 'class') return collapse(value)
	if (name === 'style') {
		return value
			.split(';')
			.map((declaration) =>
				declaration
					.split(':')
					.map((part) => part.trim())
					.join(':'),
			)
			.filter(Boolean)
			.join(';')
	}
	if (value === '' || value.toLowerCase() === name.toLowerCase() || booleanAttributes.has(name.toLowerCase())) {
		return ''
	}
	return value
}

function removeComments(node: Node) {
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === child.COMMENT_NODE) node.removeChild(child)
		else removeComments(child)
	}
}

function describeNode(node: Node, depth: number, lines: string[]) {
	const indent = '  '.repeat(depth)
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === child.TEXT_NODE) {
			const text = collapse(child.textContent ?? '')
			if (text) lines.push(`${indent}${JSON.stringify(text)}`)
		} else if (child.nodeType === child.ELEMENT_NODE) {
			const element = child as Element
			const attributes = Array.from(element.attributes)
				.map((attribute) => [attribute.name, attributeValue(attribute.name, attribute.value)] as const)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}=${JSON.stringify(value)}`))
				.join('')
			lines.push(`${indent}<${element.localName}${attributes}>`)
			describeNode(element, depth + 1, lines)
		}
	}
}

/**
 * A canonical form of an HTML fragment for comparing Nunjucks and React output: one line per
 * element (tag name and attributes sorted by name) or text node (whitespace collapsed, trimmed),
 * indented by depth. Comments and whitespace-only text are dropped.
 */
export function normaliseHtml(html: string): string {
	const template = document.createElement('template')
	template.innerHTML = html
	removeComments(template.content)
	// Removing comments (such as React's <!-- --> between text nodes) leaves adjacent text nodes
	template.content.normalize()
	const lines: string[] = []
	describeNode(template.content, 0, lines)
	return lines.join('\n')
}

function toReactNodes(node: Node): ReactNode[] {
	return Array.from(node.childNodes).map((child, index) => {
		if (child.nodeType === child.TEXT_NODE) return child.textContent
		if (child.nodeType !== child.ELEMENT_NODE) return null
		const element = child as Element
		const attributes = Object.fromEntries(
			Array.from(element.attributes, (attribute) => [attribute.name, attribute.value]),
		)
		return createElement(element.localName, { key: index, ...toReactAttributes(attributes) }, ...toReactNodes(element))
	})
}

/**
 * Converts a fixture's HTML string to React elements, for params where the React component takes
 * React nodes because the template puts raw HTML beside other elements (which React cannot do).
 */
export function htmlToReact(html: string): ReactNode {
	const template = document.createElement('template')
	template.innerHTML = html
	return toReactNodes(template.content)
}

import type { CSSProperties, ReactNode } from 'react'

/** A value in a component's `attributes` param, as in GOV.UK Frontend's govukAttributes macro. */
export type AttributeValue = string | number | boolean | null | undefined

export type AttributeOption = {
	value: AttributeValue
	/** When true, `null`, `undefined` and `false` omit the attribute and `true` renders it without a value. */
	optional?: boolean
}

export type Attributes = Record<string, AttributeValue | AttributeOption>

export type ReactAttributes = Record<string, string | boolean | CSSProperties>

/** Either plain text or trusted HTML, as most GOV.UK Frontend params are. */
export type TextOrHtml = {
	text?: string | number
	html?: string
}

/** Text, trusted HTML or React content. React content wins, then HTML, then text. */
export type Content = TextOrHtml & {
	children?: ReactNode
}

export type InnerContent = { children?: ReactNode } | { dangerouslySetInnerHTML: { __html: string } }

// HTML attribute names that React spells differently; React warns about the HTML spelling.
const reactNames: Record<string, string> = {
	'accept-charset': 'acceptCharset',
	accesskey: 'accessKey',
	allowfullscreen: 'allowFullScreen',
	autocapitalize: 'autoCapitalize',
	autocomplete: 'autoComplete',
	autocorrect: 'autoCorrect',
	autofocus: 'autoFocus',
	autoplay: 'autoPlay',
	cellpadding: 'cellPadding',
	cellspacing: 'cellSpacing',
	charset: 'charSet',
	class: 'className',
	colspan: 'colSpan',
	contenteditable: 'contentEditable',
	crossorigin: 'crossOrigin',
	datetime: 'dateTime',
	enctype: 'encType',
	enterkeyhint: 'enterKeyHint',
	fetchpriority: 'fetchPriority',
	for: 'htmlFor',
	formaction: 'formAction',
	formenctype: 'formEncType',
	formmethod: 'formMethod',
	formnovalidate: 'formNoValidate',
	formtarget: 'formTarget',
	hreflang: 'hrefLang',
	'http-equiv': 'httpEquiv',
	inputmode: 'inputMode',
	itemid: 'itemID',
	itemprop: 'itemProp',
	itemref: 'itemRef',
	itemscope: 'itemScope',
	itemtype: 'itemType',
	maxlength: 'maxLength',
	minlength: 'minLength',
	nomodule: 'noModule',
	novalidate: 'noValidate',
	playsinline: 'playsInline',
	popovertarget: 'popoverTarget',
	popovertargetaction: 'popoverTargetAction',
	readonly: 'readOnly',
	referrerpolicy: 'referrerPolicy',
	rowspan: 'rowSpan',
	spellcheck: 'spellCheck',
	srcdoc: 'srcDoc',
	srclang: 'srcLang',
	srcset: 'srcSet',
	tabindex: 'tabIndex',
	usemap: 'useMap',
}

// React props for HTML boolean attributes: React renders `true` as a bare attribute and
// warns about the strings "true"/"false", so any rendered value becomes `true`.
const booleanProps = new Set([
	'allowFullScreen',
	'async',
	'autoFocus',
	'autoPlay',
	'checked',
	'controls',
	'default',
	'defer',
	'disabled',
	'formNoValidate',
	'hidden',
	'inert',
	'itemScope',
	'loop',
	'multiple',
	'muted',
	'noModule',
	'noValidate',
	'open',
	'playsInline',
	'readOnly',
	'required',
	'reversed',
	'selected',
])

function styleObject(style: string): CSSProperties {
	const result: Record<string, string> = {}
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':')
		if (colon === -1) continue
		const property = declaration.slice(0, colon).trim()
		const value = declaration.slice(colon + 1).trim()
		if (!property) continue
		const name = property.startsWith('--')
			? property
			: property.replace(/^-ms-/, 'ms-').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
		result[name] = value
	}
	return result
}

/**
 * Converts a GOV.UK Frontend `attributes` param into props to spread on a React element,
 * following the govukAttributes macro: plain values always render (`null` as an empty value),
 * `{ value, optional: true }` values render only when set.
 */
export function toReactAttributes(attributes: Attributes | null | undefined): ReactAttributes {
	const props: ReactAttributes = {}
	if (!attributes) return props
	for (const [htmlName, item] of Object.entries(attributes)) {
		const { value, optional } = item !== null && typeof item === 'object' ? item : { value: item, optional: false }
		const name = reactNames[htmlName.toLowerCase()] ?? htmlName
		let rendered: string | true
		if (optional === true) {
			if (value === true) rendered = true
			else if (value === null || value === undefined || value === false) continue
			else rendered = String(value)
		} else {
			rendered = value === null || value === undefined ? '' : String(value)
		}
		if (booleanProps.has(name)) props[name] = true
		else if (name === 'style' && typeof rendered === 'string') props[name] = styleObject(rendered)
		else props[name] = rendered === true ? '' : rendered
	}
	return props
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string {
	return names.filter(Boolean).join(' ')
}

/** True when `content` has React children, HTML or text to show, as Nunjucks' truthiness would say. */
export function hasContent(content: Content | null | undefined): boolean {
	if (!content) return false
	const { children, html, text } = content
	return (children !== undefined && children !== null && children !== false) || Boolean(html) || Boolean(text)
}

/** Props that put React children, trusted HTML or text (in that order of preference) inside an element. */
export function inner(content: Content | null | undefined): InnerContent {
	if (!content) return {}
	const { children, html, text } = content
	if (children !== undefined && children !== null && children !== false) return { children }
	if (html) return { dangerouslySetInnerHTML: { __html: html } }
	return { children: text }
}

const escapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
}

/** Escapes text for use inside an HTML string. */
export function escapeHtml(text: string | number): string {
	return String(text).replace(/[&<>"']/g, (character) => escapes[character] ?? character)
}

/** The HTML for trusted HTML or text, for places where a template puts HTML next to other markup. */
export function htmlOf(content: TextOrHtml | null | undefined): string {
	if (!content) return ''
	if (content.html) return content.html
	return content.text === undefined || content.text === null ? '' : escapeHtml(content.text)
}

/**
 * Drops undefined props. Spread after `attributes`, this keeps an unset optional param from
 * erasing an attribute of the same name passed in `attributes`.
 */
export function defined<Props extends object>(props: Props): Props {
	return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Props
}

/** A translation for GOV.UK Frontend's JavaScript: one message, or one per plural rule (`one`, `other`). */
export type Translation = string | Record<string, string>

/**
 * The `data-i18n.*` attributes GOV.UK Frontend's JavaScript reads its texts from, as the
 * govukI18nAttributes macro writes them: `data-i18n.key`, or `data-i18n.key.rule` per plural rule.
 */
export function i18nAttributes(key: string, translation: Translation | null | undefined): Attributes {
	if (!translation) return {}
	if (typeof translation === 'string') return { [`data-i18n.${key}`]: translation }
	return Object.fromEntries(Object.entries(translation).map(([rule, message]) => [`data-i18n.${key}.${rule}`, message]))
}

// Forms read out of a page's HTML as a browser would submit them, the cases each is sent,
// and the bodies those cases are encoded into.
import type { Page } from '@playwright/test'
import { hiddenValues, rendered, values } from './bad-input-corpus.ts'
import { appOrigin } from './fixtures.ts'

export type Field = { name: string; value: string; kind: 'visible' | 'hidden' | 'file' | 'intent' }
export type FormVariant = { action: string; multipart: boolean; fields: Field[]; signature: string }

export type RawForm = {
	method: string
	action: string | null
	enctype: string | null
	fields: Field[]
	buttons: Array<{ name: string; value: string }>
}

/** Read in the browser, as the browser would submit it: each form's fields and named buttons. */
export function readForms(html: string): RawForm[] {
	const document = new DOMParser().parseFromString(html, 'text/html')
	return [...document.querySelectorAll('form')].map((form) => {
		const fields: Field[] = []
		const radiosDone = new Set<string>()
		for (const element of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
			'input, textarea, select',
		)) {
			const name = element.getAttribute('name')
			if (!name) continue
			const type = element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase()
			if (['submit', 'button', 'reset', 'image'].includes(type)) continue
			if (element instanceof HTMLSelectElement)
				fields.push({ name, value: element.value || (element.options[1]?.value ?? ''), kind: 'visible' })
			else if (type === 'file') fields.push({ name, value: '', kind: 'file' })
			else if (type === 'hidden')
				fields.push({ name, value: element.value, kind: name === 'intent' ? 'intent' : 'hidden' })
			else if (type === 'radio') {
				if (radiosDone.has(name)) continue
				radiosDone.add(name)
				const checked = form.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`) ?? element
				fields.push({ name, value: checked.value, kind: 'visible' })
			} else if (type === 'checkbox')
				fields.push({ name, value: (element as HTMLInputElement).checked ? element.value : '', kind: 'visible' })
			else fields.push({ name, value: element.value, kind: 'visible' })
		}
		const buttons = [...form.querySelectorAll<HTMLButtonElement>('button[name], input[type=submit][name]')].map(
			(b) => ({ name: b.name, value: b.value }),
		)
		return {
			method: form.getAttribute('method') ?? 'get',
			action: form.getAttribute('action'),
			enctype: form.getAttribute('enctype'),
			fields,
			buttons,
		}
	})
}

/** The POST forms of a page that post back to it (not the header's sign-out), one per submit button. */
export async function formsOf(parser: Page, html: string, pageUrl: string): Promise<FormVariant[]> {
	const page = new URL(pageUrl, appOrigin)
	const variants = new Map<string, FormVariant>()
	for (const form of await parser.evaluate(readForms, html)) {
		if (form.method.toLowerCase() !== 'post') continue
		const action = new URL(form.action ?? pageUrl, page)
		if (action.pathname !== page.pathname) continue
		const submitters = form.buttons.length > 0 ? form.buttons : [null]
		for (const submitter of submitters) {
			const fields = submitter
				? [...form.fields, { name: submitter.name, value: submitter.value, kind: 'intent' as const }]
				: form.fields
			const signature = [
				submitter ? `${submitter.name}=${submitter.value}` : '',
				...new Set(fields.map((f) => `${f.kind}:${f.name}`)),
			]
				.sort()
				.join('&')
			if (!variants.has(signature))
				variants.set(signature, {
					action: action.pathname + action.search,
					multipart: form.enctype === 'multipart/form-data',
					fields,
					signature,
				})
		}
	}
	return [...variants.values()]
}

export type Case = { name: string; pairs: Array<[string, string]>; files: Array<[string, string]> }

/**
 * What each form is sent: every value in every visible field, machine values in hidden ones,
 * and the structural mistakes. A form that uses up what it acts on (cancelling a tender,
 * deciding on a return) needs a new world after each acceptance, so once it has shown it
 * does, the values that only test parsing go at a stale version: checked, then refused.
 */
export function casesFor(form: FormVariant, usesUp = false): Case[] {
	const cases: Case[] = []
	const visible = form.fields.filter((f) => f.kind === 'visible')
	const hidden = form.fields.filter((f) => f.kind === 'hidden')
	const base = (replace: (field: Field) => string | null): Case => {
		const pairs: Array<[string, string]> = []
		const files: Array<[string, string]> = []
		for (const field of form.fields) {
			const value = replace(field)
			if (value === null) continue
			if (field.kind === 'file') files.push([field.name, value])
			// An unticked box or an empty choice is not sent, as a browser would not send it.
			else if (field.kind !== 'visible' || field.value !== '' || value !== field.value) pairs.push([field.name, value])
		}
		return { name: '', pairs, files }
	}
	const asIs = (f: Field) => (f.kind === 'file' ? '' : f.value)
	const version = form.fields.find((f) => f.name === 'version')
	const stale = String(Math.max(0, Number(version?.value) - 1))
	if (visible.length > 0 || form.fields.some((f) => f.kind === 'file')) {
		for (const [name, value] of values) {
			const refused = usesUp && version && !rendered.has(name)
			cases.push({
				...base((f) =>
					f.kind === 'visible' || f.kind === 'file' ? value : refused && f === version ? stale : f.value,
				),
				name: `${name} in every field${refused ? ', at a stale version' : ''}`,
			})
		}
	} else {
		// Nothing to type in: the values can only arrive as a field the form does not have.
		const [name, value] = values[0]!
		cases.push({
			...base(asIs),
			pairs: [...base(asIs).pairs, ['note', value]],
			name: `${name} in a field the form does not have`,
		})
	}
	if (hidden.length > 0) {
		for (const [name, value] of hiddenValues)
			cases.push({ ...base((f) => (f.kind === 'hidden' ? value : asIs(f))), name: `${name} in the hidden fields` })
	}
	cases.push({ name: 'no fields at all', pairs: [], files: [] })
	const doubled = base(asIs)
	cases.push({
		name: 'every field twice',
		pairs: doubled.pairs.flatMap(
			([n, v]) =>
				[
					[n, v],
					[n, `${v}2`],
				] as Array<[string, string]>,
		),
		files: doubled.files,
	})
	cases.push({
		name: 'an intent the page does not have',
		pairs: [...base((f) => (f.kind === 'intent' ? null : asIs(f))).pairs, ['intent', 'drop-everything']],
		files: [],
	})
	if (version) cases.push({ ...base((f) => (f === version ? stale : asIs(f))), name: 'a stale version' })
	return cases
}

/** Like a browser: file names have quotes and line breaks escaped. */
export function multipartBody(pairs: Array<[string, string]>, files: Array<[string, string]>) {
	const boundary = `----gt${Math.random().toString(36).slice(2)}`
	const escape = (text: string) => text.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')
	const parts: Buffer[] = []
	for (const [name, value] of pairs)
		parts.push(
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"\r\n\r\n${value}\r\n`),
		)
	for (const [name, value] of files) {
		const fileName = value === '' ? '' : `${value.slice(0, 200)}.csv`
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"; filename="${escape(fileName)}"\r\nContent-Type: text/csv\r\n\r\n${value}\r\n`,
			),
		)
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`))
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

export function encode(form: FormVariant, one: Case) {
	if (form.multipart) return multipartBody(one.pairs, one.files)
	return { body: new URLSearchParams(one.pairs).toString(), contentType: 'application/x-www-form-urlencoded' }
}

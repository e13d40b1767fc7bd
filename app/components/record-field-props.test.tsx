import { type SubmissionResult, useForm } from '@conform-to/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { recordInputFieldProps } from './field-props.ts'
import { Input } from './govuk/input.tsx'

type Values = { prices: Record<string, string> }

function Prices({ entries, lastResult }: { entries: string[]; lastResult?: SubmissionResult }) {
	const [, fields] = useForm<Values>({
		id: 'example',
		defaultValue: { prices: { '12': '16.93', '13': '' } },
		lastResult,
	})
	const price = recordInputFieldProps(fields.prices)
	return (
		<>
			{entries.map((entry) => (
				<Input key={entry} {...price(entry)} label={{ text: `Price ${entry}` }} />
			))}
		</>
	)
}

const inputs = (html: string) =>
	[...html.matchAll(/<input[^>]*id="([^"]+)"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map(([, id, name, value]) => ({
		id,
		name,
		value,
	}))

test('each entry of the record is an input under its own name, with its value', () => {
	const html = renderToStaticMarkup(<Prices entries={['12', '13', '14']} />)
	expect(inputs(html)).toEqual([
		{ id: 'example-prices-12', name: 'prices.12', value: '16.93' },
		{ id: 'example-prices-13', name: 'prices.13', value: '' },
		{ id: 'example-prices-14', name: 'prices.14', value: '' },
	])
	expect(html).not.toContain('govuk-error-message')
})

test('after a refusal each entry shows what was typed and its own error', () => {
	const html = renderToStaticMarkup(
		<Prices
			entries={['12', '13']}
			lastResult={{
				status: 'error',
				initialValue: { prices: { '12': 'lots', '13': '2' } },
				error: { 'prices.12': ['Price must be a number'] },
			}}
		/>,
	)
	expect(inputs(html).map((input) => input.value)).toEqual(['lots', '2'])
	expect(html.match(/govuk-error-message/g)).toHaveLength(1)
	expect(html).toMatch(/<p id="example-prices-12-error" class="govuk-error-message">.*Price must be a number<\/p>/)
	expect(html).toContain('aria-describedby="example-prices-12-error"')
})

test('an entry named like a property of every object has no value of its own', () => {
	const html = renderToStaticMarkup(<Prices entries={['constructor']} />)
	expect(inputs(html)).toEqual([{ id: 'example-prices-constructor', name: 'prices.constructor', value: '' }])
})

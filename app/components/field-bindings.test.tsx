import { type SubmissionResult, useForm } from '@conform-to/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import { checkboxesFieldProps, selectFieldProps } from './field-props.ts'
import { Checkboxes } from './govuk/checkboxes.tsx'
import { Select } from './govuk/select.tsx'

type Values = { region: string; topics: string[]; confirmed: string }

function Fields({ defaultValue, lastResult }: { defaultValue?: Partial<Values>; lastResult?: SubmissionResult }) {
	const [, fields] = useForm<Values>({ id: 'example', defaultValue, lastResult })
	const { key: selectKey, ...select } = selectFieldProps(fields.region)
	const { key: topicsKey, ...topics } = checkboxesFieldProps(fields.topics)
	const { key: confirmedKey, ...confirmed } = checkboxesFieldProps(fields.confirmed)
	return (
		<>
			<Select
				key={selectKey}
				{...select}
				label={{ text: 'Region' }}
				items={[
					{ value: '', text: 'Choose a region' },
					{ value: 'north', text: 'North' },
					{ value: 'south', text: 'South' },
				]}
			/>
			<Checkboxes
				key={topicsKey}
				{...topics}
				items={[
					{ value: 'jobs', text: 'Jobs' },
					{ value: 'skills', text: 'Skills' },
					{ value: 'climate', text: 'Climate' },
				]}
			/>
			<Checkboxes key={confirmedKey} {...confirmed} items={[{ value: 'yes', text: 'I confirm' }]} />
		</>
	)
}

const checked = (html: string) =>
	[...html.matchAll(/<input[^>]*id="([^"]+)"[^>]*type="checkbox"[^>]*checked=""/g)].map((match) => match[1])

test('the select shows the chosen value and its error, under the field name', () => {
	const html = renderToStaticMarkup(
		<Fields
			lastResult={{
				status: 'error',
				initialValue: { region: 'south' },
				error: { region: ['Choose the region'] },
			}}
		/>,
	)
	expect(html).toMatch(/<select class="govuk-select govuk-select--error" id="example-region" name="region"/)
	expect(html).toMatch(/<option value="south" selected="">South<\/option>/)
	expect(html).toContain('Choose the region')
})

test('checkboxes tick every value sent back, and a lone checkbox its one value', () => {
	const html = renderToStaticMarkup(<Fields defaultValue={{ topics: ['jobs', 'climate'], confirmed: 'yes' }} />)
	expect(checked(html)).toEqual(['example-topics', 'example-topics-3', 'example-confirmed'])
	expect(checked(renderToStaticMarkup(<Fields />))).toEqual([])
})

test('an error on checkboxes is shown with them and names the first box for the summary link', () => {
	const html = renderToStaticMarkup(
		<Fields lastResult={{ status: 'error', initialValue: {}, error: { topics: ['Choose at least one topic'] } }} />,
	)
	expect(html).toContain('id="example-topics-error"')
	expect(html).toContain('Choose at least one topic')
	expect(html).toMatch(
		/id="example-topics" type="checkbox" aria-describedby="example-topics-error" name="topics" value="jobs"/,
	)
})

import { type SubmissionResult, useForm } from '@conform-to/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'
import {
	characterCountFieldProps,
	checkboxesFieldProps,
	fileUploadFieldProps,
	selectFieldProps,
} from './field-props.ts'
import { CharacterCount } from './govuk/character-count.tsx'
import { Checkboxes } from './govuk/checkboxes.tsx'
import { FileUpload } from './govuk/file-upload.tsx'
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

type LineValues = { statement: string; evidence: File }

function LineFields({ lastResult }: { lastResult?: SubmissionResult }) {
	const [, fields] = useForm<LineValues>({ id: 'line', lastResult })
	const { key: statementKey, ...statement } = characterCountFieldProps(fields.statement)
	const { key: evidenceKey, ...evidence } = fileUploadFieldProps(fields.evidence)
	return (
		<>
			<CharacterCount key={statementKey} {...statement} maxlength={5000} label={{ text: 'Method statement' }} />
			<FileUpload key={evidenceKey} {...evidence} label={{ text: 'Add a file' }} />
		</>
	)
}

const refused: SubmissionResult = {
	status: 'error',
	initialValue: { statement: 'We will hire locally' },
	error: { statement: ['Method statement must be 5,000 characters or fewer'], evidence: ['Choose a file to upload'] },
}

test('the character count shows what was typed and its error, under the field id', () => {
	const html = renderToStaticMarkup(<LineFields lastResult={refused} />)
	expect(html).toMatch(
		/<textarea class="govuk-textarea govuk-textarea--error govuk-js-character-count" id="line-statement" name="statement" rows="5" aria-describedby="line-statement-info line-statement-error">We will hire locally<\/textarea>/,
	)
	expect(html).toContain('Method statement must be 5,000 characters or fewer')
	expect(html).toContain('You can enter up to 5,000 characters')
	expect(renderToStaticMarkup(<LineFields />)).not.toContain('govuk-form-group--error')
})

test('the file upload shows its error under the field id the error summary links to, and no value', () => {
	const html = renderToStaticMarkup(<LineFields lastResult={refused} />)
	const input = html.match(/<input class="govuk-file-upload govuk-file-upload--error"[^>]*>/)?.[0]
	expect(input).toContain('id="line-evidence"')
	expect(input).toContain('name="evidence"')
	expect(input).toContain('aria-describedby="line-evidence-error"')
	expect(input).not.toContain('value=')
	expect(html).toContain('Choose a file to upload')
})

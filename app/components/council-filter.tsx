import { Form } from 'react-router'
import { Button } from './govuk/button.tsx'
import { Select } from './govuk/select.tsx'

export type CouncilFilterChoices = { choices: Array<{ slug: string; name: string }>; chosen: string }

/** Narrows a list holding several councils' records to one council's; a plain GET form, so it works without JavaScript. */
export function CouncilFilter({ filter, what }: { filter: CouncilFilterChoices; what: string }) {
	return (
		<Form method="get">
			<Select
				name="council"
				label={{ text: `Show ${what} of` }}
				value={filter.chosen}
				items={[
					{ value: '', text: 'All councils' },
					...filter.choices.map((council) => ({ value: council.slug, text: council.name })),
				]}
			/>
			<Button text="Show" classes="govuk-button--secondary" />
		</Form>
	)
}

import type { FieldMetadata } from '@conform-to/react'
import { checkboxesFieldProps } from './field-props.ts'
import { Checkboxes } from './govuk/checkboxes.tsx'
import { Form } from 'react-router'
import { Button } from './govuk/button.tsx'
import { FieldsetFormGroup, hintAndError } from './govuk/form-group.tsx'
import { Select } from './govuk/select.tsx'

export type MeasureChoice = { id: number; label: string; value: string }

/**
 * The measures in scope: one question, its checkboxes grouped under each theme's heading. The
 * first checkbox carries the question's id, so the error summary leads to it.
 */
export function MeasuresField<Schema>({
	field,
	themes,
	hint,
}: {
	field: FieldMetadata<Schema>
	themes: Array<{ id: number; name: string; measures: MeasureChoice[] }>
	hint: string
}) {
	const { key, idPrefix, errorMessage, ...checkboxes } = checkboxesFieldProps(field)
	const { describedBy, hintElement, errorElement } = hintAndError(idPrefix, undefined, { text: hint }, errorMessage)
	const firstMeasure = themes.flatMap((theme) => theme.measures)[0]
	return (
		<FieldsetFormGroup
			key={key}
			hasError={Boolean(errorMessage)}
			describedBy={describedBy}
			fieldset={{
				legend: {
					html: '<h2 class="govuk-fieldset__heading">Measures in scope</h2>',
					classes: 'govuk-fieldset__legend--m',
				},
			}}
		>
			{hintElement}
			{errorElement}
			{themes.map((theme) => (
				<div key={theme.id}>
					<h3 className="govuk-heading-s">{theme.name}</h3>
					<Checkboxes
						{...checkboxes}
						idPrefix={idPrefix}
						classes="govuk-checkboxes--small"
						items={theme.measures.map((measure) => ({
							id: measure === firstMeasure ? idPrefix : `${idPrefix}-${measure.id}`,
							value: String(measure.id),
							text: measure.label,
							hint: { text: measure.value },
						}))}
					/>
				</div>
			))}
		</FieldsetFormGroup>
	)
}

/** Chooses the TOMs edition whose measures the page offers: a GET form, so it works without JavaScript. */
export function EditionPicker({
	editions,
	editionId,
	label,
}: {
	editions: Array<{ id: number; name: string; isCurrent: boolean }>
	editionId: number | null
	label: string
}) {
	return (
		<Form method="get" className="app-filter-form">
			<Select
				id="edition"
				name="edition"
				label={{ text: label, classes: 'govuk-label--s' }}
				hint={{ text: 'Choosing another edition clears the measures you selected' }}
				value={editionId === null ? '' : String(editionId)}
				items={editions.map((e) => ({
					value: String(e.id),
					text: `${e.name}${e.isCurrent ? ' (current)' : ''}`,
				}))}
			/>
			<Button text="Use this edition" classes="govuk-button--secondary" />
		</Form>
	)
}

import type { FieldMetadata } from '@conform-to/react'
import { UNIT_KIND_CHOICES } from '#app/domain/toms/unit-form.ts'
import { radiosFieldProps } from '#app/components/field-props.ts'
import { Radios } from '#app/components/govuk/radios.tsx'

/** What kind of figure a unit takes, and for a decimal its places: on the unit page and when a file's unit is made anew. */
export function UnitKindFields({
	kind,
	decimalPlaces,
	legendClasses,
}: {
	kind: FieldMetadata<unknown>
	decimalPlaces: FieldMetadata<unknown>
	legendClasses?: string
}) {
	const { key: kindKey, ...kindField } = radiosFieldProps(kind)
	const { key: placesKey, ...placesField } = radiosFieldProps(decimalPlaces)
	return (
		<>
			<Radios
				key={kindKey}
				{...kindField}
				fieldset={{ legend: { text: 'What kind of figure it takes', classes: legendClasses } }}
				items={UNIT_KIND_CHOICES.map((choice) => ({
					value: choice.value,
					text: choice.text,
					hint: { text: choice.hint },
				}))}
			/>
			<Radios
				key={placesKey}
				{...placesField}
				classes="govuk-radios--inline govuk-radios--small"
				fieldset={{ legend: { text: 'Decimal places', classes: legendClasses } }}
				hint={{ text: 'For a number with decimal places only' }}
				items={[
					{ value: '1', text: '1' },
					{ value: '2', text: '2' },
				]}
			/>
		</>
	)
}

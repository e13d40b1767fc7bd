import type { FieldMetadata } from '@conform-to/react'
import { radiosFieldProps } from './field-props.ts'
import { Radios } from './govuk/radios.tsx'

export const cadenceItems = [
	{ value: 'half_yearly', text: 'Half-yearly' },
	{ value: 'quarterly', text: 'Quarterly' },
	{ value: 'annual', text: 'Annually' },
]

/** How often the supplier reports progress: a setting of the tender, confirmed on the contract. */
export function CadenceRadios<Schema>({ field }: { field: FieldMetadata<Schema> }) {
	const { key, ...radios } = radiosFieldProps(field)
	return (
		<Radios
			key={key}
			{...radios}
			fieldset={{ legend: { text: 'How often the supplier reports progress', classes: 'govuk-fieldset__legend--s' } }}
			items={cadenceItems}
		/>
	)
}

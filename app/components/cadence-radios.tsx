import type { FieldMetadata } from '@conform-to/react'
import { firstError } from './form-error-summary.tsx'
import { Radios } from './govuk/radios.tsx'

export const cadenceItems = [
	{ value: 'half_yearly', text: 'Half-yearly' },
	{ value: 'quarterly', text: 'Quarterly' },
	{ value: 'annual', text: 'Annually' },
]

/** How often the supplier reports progress: a setting of the tender, confirmed on the contract. */
export function CadenceRadios<Schema>({ field }: { field: FieldMetadata<Schema> }) {
	return (
		<Radios
			name={field.name}
			idPrefix={field.id}
			key={field.key}
			value={String(field.initialValue ?? 'half_yearly')}
			fieldset={{ legend: { text: 'How often the supplier reports progress', classes: 'govuk-fieldset__legend--s' } }}
			errorMessage={firstError(field)}
			items={cadenceItems}
		/>
	)
}

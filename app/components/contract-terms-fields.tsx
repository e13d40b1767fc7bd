import type { FieldMetadata } from '@conform-to/react'
import { CadenceRadios } from './cadence-radios.tsx'
import { type ConformDateField, dateFieldProps, inputFieldProps } from './field-props.ts'
import { firstError } from './form-error-summary.tsx'
import { DateInput } from './govuk/date-input.tsx'
import { Input } from './govuk/input.tsx'
import { Select } from './govuk/select.tsx'

// Conform types each field by its schema; these only read the common metadata.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Field = FieldMetadata<any, any>

/** Value, term, reporting and contract manager: the contract's terms, on the award and change forms. */
export function ContractTermsFields({
	fields,
	managers,
}: {
	fields: {
		value: Field
		startDate: ConformDateField
		endDate: ConformDateField
		cadence: Field
		contractManagerId: Field
		commerciallySensitive: Field
	}
	managers: { id: number; name: string }[]
}) {
	const text = inputFieldProps
	return (
		<>
			<Input
				label={{ text: 'Contract value', classes: 'govuk-label--s' }}
				prefix={{ text: '£' }}
				inputmode="decimal"
				classes="govuk-input--width-10"
				spellcheck={false}
				{...text(fields.value)}
			/>
			<DateInput
				fieldset={{ legend: { text: 'Contract start', classes: 'govuk-fieldset__legend--s' } }}
				hint={{ text: 'For example, 1 4 2027' }}
				{...dateFieldProps(fields.startDate)}
			/>
			<DateInput
				fieldset={{ legend: { text: 'Contract end', classes: 'govuk-fieldset__legend--s' } }}
				hint={{ text: 'For example, 31 3 2030' }}
				{...dateFieldProps(fields.endDate)}
			/>
			<CadenceRadios field={fields.cadence} />
			<ContractManagerSelect
				field={fields.contractManagerId}
				managers={managers}
				label="Contract manager"
				hint="Reviews the supplier’s progress returns"
			/>
			<div className="govuk-form-group">
				<div className="govuk-checkboxes" data-module="govuk-checkboxes">
					<div className="govuk-checkboxes__item">
						<input
							className="govuk-checkboxes__input"
							id={fields.commerciallySensitive.id}
							name={fields.commerciallySensitive.name}
							type="checkbox"
							value="yes"
							defaultChecked={fields.commerciallySensitive.initialValue === 'yes'}
							aria-describedby={`${fields.commerciallySensitive.id}-hint`}
							key={fields.commerciallySensitive.key}
						/>
						<label className="govuk-label govuk-checkboxes__label" htmlFor={fields.commerciallySensitive.id}>
							Commercially sensitive
						</label>
						<div id={`${fields.commerciallySensitive.id}-hint`} className="govuk-hint govuk-checkboxes__hint">
							The public register shows the contract but not its value, commitments’ figures or delivery
						</div>
					</div>
				</div>
			</div>
		</>
	)
}

/** The council officer responsible: on tenders and contracts. */
export function ContractManagerSelect({
	field,
	managers,
	label,
	hint,
}: {
	field: Field
	managers: { id: number; name: string }[]
	label: string
	hint?: string
}) {
	return (
		<Select
			label={{ text: label, classes: 'govuk-label--s' }}
			hint={hint ? { text: hint } : undefined}
			id={field.id}
			name={field.name}
			key={field.key}
			value={String(field.initialValue ?? '')}
			errorMessage={firstError(field)}
			items={managers.map((m) => ({ value: String(m.id), text: m.name }))}
		/>
	)
}

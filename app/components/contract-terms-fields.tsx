import type { FieldMetadata } from '@conform-to/react'
import { CadenceRadios } from './cadence-radios.tsx'
import {
	type ConformDateField,
	checkboxesFieldProps,
	dateFieldProps,
	inputFieldProps,
	selectFieldProps,
} from './field-props.ts'
import { Checkboxes } from './govuk/checkboxes.tsx'
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
		/** Left out where it is asked later, as when a contract recorded directly is confirmed. */
		commerciallySensitive?: Field
	}
	managers: { id: number; name: string }[]
}) {
	const { key: valueKey, ...value } = inputFieldProps(fields.value)
	const { key: startKey, ...startDate } = dateFieldProps(fields.startDate)
	const { key: endKey, ...endDate } = dateFieldProps(fields.endDate)
	return (
		<>
			<Input
				key={valueKey}
				label={{ text: 'Contract value', classes: 'govuk-label--s' }}
				prefix={{ text: '£' }}
				inputmode="decimal"
				classes="govuk-input--width-10"
				spellcheck={false}
				{...value}
			/>
			<DateInput
				key={startKey}
				fieldset={{ legend: { text: 'Contract start', classes: 'govuk-fieldset__legend--s' } }}
				hint={{ text: 'For example, 1 4 2027' }}
				{...startDate}
			/>
			<DateInput
				key={endKey}
				fieldset={{ legend: { text: 'Contract end', classes: 'govuk-fieldset__legend--s' } }}
				hint={{ text: 'For example, 31 3 2030' }}
				{...endDate}
			/>
			<CadenceRadios field={fields.cadence} />
			<ContractManagerSelect
				field={fields.contractManagerId}
				managers={managers}
				label="Contract manager"
				hint="Reviews the supplier’s progress returns"
			/>
			{fields.commerciallySensitive ? <CommerciallySensitiveCheckbox field={fields.commerciallySensitive} /> : null}
		</>
	)
}

/** Whether the public register hides the contract's figures. */
export function CommerciallySensitiveCheckbox({ field }: { field: Field }) {
	const { key, ...checkbox } = checkboxesFieldProps(field)
	return (
		<Checkboxes
			key={key}
			{...checkbox}
			items={[
				{
					value: 'yes',
					text: 'Commercially sensitive',
					hint: {
						text: 'The public register shows the contract but not its value, commitments’ figures or delivery',
					},
				},
			]}
		/>
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
	const { key, ...select } = selectFieldProps(field)
	return (
		<Select
			key={key}
			{...select}
			label={{ text: label, classes: 'govuk-label--s' }}
			hint={hint ? { text: hint } : undefined}
			items={managers.map((m) => ({ value: String(m.id), text: m.name }))}
		/>
	)
}

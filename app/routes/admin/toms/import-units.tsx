import { getFormProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { UnitResolutionSchema } from '#app/domain/toms/unit-resolution.ts'
import { MAX_DECIMAL_PLACES, unitChoices } from '#app/domain/toms/units.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { discardHeldImport, findHeldImport, resolveHeldUnits } from '#app/lib/toms-imports.server.ts'
import { councilEdition } from '#app/lib/toms-queries.server.ts'
import { unitCatalogue } from '#app/lib/units.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { inputFieldProps, radiosFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Fieldset } from '#app/components/govuk/fieldset.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Radios } from '#app/components/govuk/radios.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { UnitKindFields } from '#app/routes/admin/units/unit-kind-fields.tsx'
import { headerRowOf, previewSearch } from './import-header-row.ts'
import { describeRows } from './import-units-rows.ts'
import type { Route } from './+types/import-units.ts'

const ActionSchema = z.discriminatedUnion('intent', [
	UnitResolutionSchema.extend({ intent: z.literal('resolve') }),
	z.object({ intent: z.literal('back') }),
])

/** The held import the address names, with the council's edition it is for; a 404 for any other. */
function heldOr404(councilId: number, params: { editionId?: string; importId?: string }) {
	const editionId = parseId(params.editionId)
	const held = findHeldImport(councilId, editionId, parseId(params.importId))
	const edition = councilEdition(councilId, editionId)
	if (!held || !edition) throw new Response('Not found', { status: 404 })
	return { held, edition }
}

function previewPath(editionId: number, importId: number, url: URL) {
	const ids = { editionId: String(editionId), importId: String(importId) }
	return `${href('/admin/toms/:editionId/import/:importId', ids)}${previewSearch(headerRowOf(url))}`
}

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const { held, edition } = heldOr404(admin.organisationId, params)
	// Nothing left to settle: on to the preview.
	if (held.unmatchedUnits.length === 0) throw redirect(previewPath(edition.id, held.id, new URL(request.url)))
	return {
		edition: { id: edition.id, name: edition.name },
		fileName: held.fileName,
		unmatched: held.unmatchedUnits.map((unit) => ({ text: unit.text, rows: describeRows(unit.rows) })),
		choices: unitChoices(unitCatalogue(admin.organisationId), null),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const { held, edition } = heldOr404(admin.organisationId, params)
	const submission = parseWithZod(await readFormData(request), { schema: ActionSchema })
	const entries = held.unmatchedUnits.length
	if (submission.status !== 'success') {
		return data({ result: withEveryEntry(invalidFormReply(submission, ['intent']), entries) }, { status: 400 })
	}
	if (submission.value.intent === 'back') {
		discardHeldImport(admin.organisationId, edition.id, held.id)
		return redirect(href('/admin/toms/:editionId/import', { editionId: String(edition.id) }), 303)
	}
	const resolved = resolveHeldUnits(admin, edition.id, held.id, submission.value.units, {
		ip: context.clientIp,
		now: Date.now(),
	})
	if (!resolved.ok) {
		const reply =
			'refusals' in resolved
				? submission.reply({
						fieldErrors: Object.fromEntries(
							resolved.refusals.map((refusal) => [`units[${refusal.index}].${refusal.field}`, [refusal.message]]),
						),
					})
				: submission.reply({ formErrors: [resolved.message] })
		return data({ result: withEveryEntry(reply, entries) }, { status: 400 })
	}
	return redirect(previewPath(edition.id, held.id, new URL(request.url)), 303)
}

/**
 * The reply with an entry for every unit the page lists, so each keeps its fields even when
 * the form sent fewer (an out-of-date or tampered page).
 */
function withEveryEntry(result: SubmissionResult, count: number): SubmissionResult {
	const sent = result.initialValue?.units
	const units = Array.isArray(sent) ? sent.slice(0, count) : []
	while (units.length < count) units.push({})
	return { ...result, initialValue: { ...result.initialValue, units } }
}

type EntryFields = ReturnType<
	FieldMetadata<{
		choice: string
		existing: string
		name: string
		singular: string
		plural: string
		kind: string
		decimalPlaces: string
		code: string
	}>['getFieldset']
>

export default function ImportUnitsPage({ loaderData, actionData }: Route.ComponentProps) {
	const { edition, fileName, unmatched, choices } = loaderData
	const [form, fields] = useForm({
		id: 'units',
		lastResult: actionData?.result,
		defaultValue: {
			units: unmatched.map((unit) => ({ name: unit.text, decimalPlaces: String(MAX_DECIMAL_PLACES) })),
		},
	})
	const entries = fields.units.getFieldList().map((entry) => entry.getFieldset() as EntryFields)
	const errors = collectErrors(
		entries.flatMap((entry) => [
			entry.choice,
			entry.existing,
			entry.name,
			entry.singular,
			entry.plural,
			entry.kind,
			entry.decimalPlaces,
			entry.code,
		]),
		form.errors,
		entries[0]?.choice.id ?? 'units',
	)
	const title = unmatched.length === 1 ? 'Choose what a unit in the file is' : 'Choose what the units in the file are'
	return (
		<>
			<DocumentTitle title={title} hasErrors={errors.length > 0} />
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<FormErrorSummary errors={errors} />
					<span className="govuk-caption-l">
						{edition.name} (draft): {fileName}
					</span>
					<h1 className="govuk-heading-l">{title}</h1>
					<p className="govuk-body">
						{unmatched.length === 1 ? 'One unit' : `${unmatched.length} units`} in the file{' '}
						{unmatched.length === 1 ? 'is' : 'are'} not among the council’s units. For each, use one of the council’s
						units or create a new one. Your choice applies to every row that uses it. Nothing is imported until you have
						seen the preview and confirmed it.
					</p>
					<Form method="post" {...getFormProps(form)}>
						{unmatched.map((unit, index) => {
							const entry = entries[index]!
							return (
								<UnitChoice
									key={`${unit.text}-${index}`}
									text={unit.text}
									rows={unit.rows}
									entry={entry}
									choices={choices}
								/>
							)
						})}
						<div className="govuk-button-group">
							<Button text="Continue to the preview" name="intent" value="resolve" />
							<Button text="Go back" name="intent" value="back" classes="govuk-button--secondary" />
						</div>
					</Form>
				</div>
			</div>
		</>
	)
}

function UnitChoice({
	text,
	rows,
	entry,
	choices,
}: {
	text: string
	rows: string
	entry: EntryFields
	choices: Array<{ value: string; text: string }>
}) {
	const { key: choiceKey, ...choice } = radiosFieldProps(entry.choice)
	const { key: existingKey, ...existing } = selectFieldProps(entry.existing)
	const { key: nameKey, ...name } = inputFieldProps(entry.name)
	const { key: singularKey, ...singular } = inputFieldProps(entry.singular)
	const { key: pluralKey, ...plural } = inputFieldProps(entry.plural)
	const { key: codeKey, ...code } = inputFieldProps(entry.code)
	// Both choices' fields are always shown: a reveal would set aria-expanded on a radio, which
	// assistive technology does not expect there.
	return (
		<Fieldset legend={{ text: `‘${text}’`, classes: 'govuk-fieldset__legend--m' }}>
			<p className="govuk-hint">Used in {rows}.</p>
			<Radios
				key={choiceKey}
				{...choice}
				fieldset={{ legend: { text: 'What it is', classes: 'govuk-fieldset__legend--s' } }}
				items={[
					{ value: 'existing', text: 'One of the council’s units' },
					{ value: 'new', text: 'A new unit' },
				]}
			/>
			<Select
				key={existingKey}
				{...existing}
				label={{ text: 'If one of the council’s units: which', classes: 'govuk-label--s' }}
				items={[{ value: '', text: 'Select a unit' }, ...choices]}
			/>
			<Fieldset legend={{ text: 'If a new unit: what it is called and counts', classes: 'govuk-fieldset__legend--s' }}>
				<Input key={nameKey} {...name} label={{ text: 'Name' }} />
				<Input
					key={singularKey}
					{...singular}
					label={{ text: 'How one reads' }}
					hint={{ text: 'After the number 1: 1 week' }}
				/>
				<Input
					key={pluralKey}
					{...plural}
					label={{ text: 'How several read' }}
					hint={{ text: 'After any other number: 3 weeks' }}
				/>
				<UnitKindFields kind={entry.kind} decimalPlaces={entry.decimalPlaces} />
				<Input
					key={codeKey}
					{...code}
					label={{ text: 'Code (optional)' }}
					classes="govuk-input--width-10"
					spellcheck={false}
				/>
			</Fieldset>
		</Fieldset>
	)
}

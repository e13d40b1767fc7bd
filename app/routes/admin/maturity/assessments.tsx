import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, redirect, useActionData } from 'react-router'
import { z } from 'zod'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { datePartsOf, dateSchema } from '#app/domain/date-parts.ts'
import { maturityAreas } from '#app/domain/maturity/levels.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { readFormData } from '#app/lib/read-form.server.ts'
import { listAssessments, startAssessment } from '#app/lib/maturity.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateFieldProps, dateSummaryField, inputFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import type { Route } from './+types/assessments.ts'

const StartSchema = z.object({
	title: z
		.string({ error: 'Enter a name for the assessment' })
		.trim()
		.min(1, 'Enter a name for the assessment')
		.max(120, 'Name must be 120 characters or fewer'),
	assessedOn: dateSchema({ missing: 'Enter the date of the assessment', label: 'Date of the assessment' }),
})

export function loader({ request }: Route.LoaderArgs) {
	requireRole(request, ['admin'])
	const today = toLondonDateTime(Date.now()).date
	return { assessments: listAssessments(), today, areaCount: maturityAreas.length }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: StartSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const id = startAssessment(admin, submission.value, { ip: context.clientIp, now: Date.now() })
	return redirect(`/admin/maturity/${id}`)
}

export default function MaturityAssessments({ loaderData }: Route.ComponentProps) {
	const { assessments, today, areaCount } = loaderData
	const actionData = useActionData<typeof action>()
	const [form, fields] = useForm({
		id: 'start-assessment',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: StartSchema }),
		defaultValue: { title: `Self-assessment ${formatCalendarDate(today)}`, assessedOn: datePartsOf(today) },
	})
	const errors = collectErrors([fields.title, dateSummaryField(fields.assessedOn)], form.errors, fields.title.id)
	const complete = assessments.filter((a) => a.areas === areaCount)
	return (
		<>
			<DocumentTitle title="Social Value Maturity Index" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Social Value Maturity Index</h1>
			<p className="govuk-body">
				The council rates itself in ten areas, from incomplete to innovator, and sets a target level for each. The
				action plan lists what to do to reach the targets, and each area shows what the portal’s own data says about it.
			</p>
			{assessments.length === 0 ? (
				<p className="govuk-body">No assessment yet.</p>
			) : (
				<table className="govuk-table">
					<caption className="govuk-table__caption govuk-table__caption--m">Assessments</caption>
					<thead className="govuk-table__head">
						<tr className="govuk-table__row">
							<th scope="col" className="govuk-table__header">
								Assessment
							</th>
							<th scope="col" className="govuk-table__header">
								Date
							</th>
							<th scope="col" className="govuk-table__header">
								Areas rated
							</th>
							<th scope="col" className="govuk-table__header">
								<span className="govuk-visually-hidden">Action plan</span>
							</th>
						</tr>
					</thead>
					<tbody className="govuk-table__body">
						{assessments.map((a) => (
							<tr className="govuk-table__row" key={a.id}>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/admin/maturity/${a.id}`}>
										{a.title}
									</a>
									<div className="govuk-hint govuk-!-margin-bottom-0">Started by {a.createdBy}</div>
								</td>
								<td className="govuk-table__cell">{formatCalendarDate(a.assessedOn)}</td>
								<td className="govuk-table__cell">
									{a.areas} of {areaCount}
								</td>
								<td className="govuk-table__cell">
									<a className="govuk-link" href={`/admin/maturity/${a.id}/plan`}>
										Action plan<span className="govuk-visually-hidden"> for {a.title}</span>
									</a>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
			{complete.length >= 2 ? (
				<Form method="get" action="/admin/maturity/compare" className="app-filter-form">
					<h2 className="govuk-heading-m govuk-!-width-full">Compare two assessments</h2>
					<Select
						id="from"
						name="from"
						label={{ text: 'Then', classes: 'govuk-label--s' }}
						value={String(complete[1]!.id)}
						items={complete.map((a) => ({
							value: String(a.id),
							text: `${a.title} (${formatCalendarDate(a.assessedOn)})`,
						}))}
					/>
					<Select
						id="to"
						name="to"
						label={{ text: 'Now', classes: 'govuk-label--s' }}
						value={String(complete[0]!.id)}
						items={complete.map((a) => ({
							value: String(a.id),
							text: `${a.title} (${formatCalendarDate(a.assessedOn)})`,
						}))}
					/>
					<Button text="Compare" classes="govuk-button--secondary" />
				</Form>
			) : null}
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">Start an assessment</h2>
					<Form method="post" {...getFormProps(form)}>
						<Input label={{ text: 'Name', classes: 'govuk-label--s' }} {...inputFieldProps(fields.title)} />
						<DateInput
							fieldset={{ legend: { text: 'Date of the assessment', classes: 'govuk-fieldset__legend--s' } }}
							hint={{ text: 'The day the levels describe, for example 31 3 2027' }}
							{...dateFieldProps(fields.assessedOn)}
						/>
						<Button text="Start assessment" />
					</Form>
				</div>
			</div>
		</>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { maturityAreas } from '#app/domain/maturity/levels.ts'
import { StartAssessmentSchema, newAssessmentDefaults } from '#app/domain/maturity/start-form.ts'
import { toLondonDateTime } from '#app/domain/tenders/london-time.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { listAssessments, startAssessment } from '#app/lib/maturity.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { dateFieldProps, dateSummaryField, inputFieldProps, selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { DateInput } from '#app/components/govuk/date-input.tsx'
import { Input } from '#app/components/govuk/input.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { type AssessmentRow, assessmentsHead, assessmentsRows } from './assessments-table.tsx'
import type { Route } from './+types/assessments.ts'

export function loader({ request }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const today = toLondonDateTime(Date.now()).date
	return { assessments: listAssessments(admin.organisationId), today, areaCount: maturityAreas.length }
}

export async function action({ request, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const submission = parseWithZod(await readFormData(request), { schema: StartAssessmentSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const id = startAssessment(admin, submission.value, { ip: context.clientIp, now: Date.now() })
	return redirect(href('/admin/maturity/:assessmentId', { assessmentId: String(id) }))
}

export default function MaturityAssessments({ loaderData, actionData }: Route.ComponentProps) {
	const { assessments, today, areaCount } = loaderData
	const [form, fields] = useForm({
		id: 'start-assessment',
		lastResult: actionData?.result,
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: StartAssessmentSchema }),
		defaultValue: newAssessmentDefaults(today),
	})
	const errors = collectErrors([fields.title, dateSummaryField(fields.assessedOn)], form.errors, fields.title.id)
	const { key: titleKey, ...title } = inputFieldProps(fields.title)
	const { key: assessedOnKey, ...assessedOn } = dateFieldProps(fields.assessedOn)
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
				<Table
					caption="Assessments"
					captionClasses="govuk-table__caption--m"
					head={assessmentsHead}
					rows={assessmentsRows(assessments, areaCount)}
				/>
			)}
			{complete.length >= 2 ? <CompareForm complete={complete} /> : null}
			<div className="govuk-grid-row">
				<div className="govuk-grid-column-two-thirds">
					<h2 className="govuk-heading-m">Start an assessment</h2>
					<Form method="post" {...getFormProps(form)}>
						<Input key={titleKey} label={{ text: 'Name', classes: 'govuk-label--s' }} {...title} />
						<DateInput
							key={assessedOnKey}
							fieldset={{ legend: { text: 'Date of the assessment', classes: 'govuk-fieldset__legend--s' } }}
							hint={{ text: 'The day the levels describe, for example 31 3 2027' }}
							{...assessedOn}
						/>
						<Button text="Start assessment" />
					</Form>
				</div>
			</div>
		</>
	)
}

/** Two complete assessments side by side: the latest against the one before it, to start with. */
function CompareForm({ complete }: { complete: AssessmentRow[] }) {
	const [, fields] = useForm({
		id: 'compare',
		defaultValue: { from: String(complete[1]!.id), to: String(complete[0]!.id) },
	})
	const { key: fromKey, ...from } = selectFieldProps(fields.from)
	const { key: toKey, ...to } = selectFieldProps(fields.to)
	const items = complete.map((a) => ({ value: String(a.id), text: `${a.title} (${formatCalendarDate(a.assessedOn)})` }))
	return (
		<Form method="get" action={href('/admin/maturity/compare')} className="app-filter-form">
			<h2 className="govuk-heading-m govuk-!-width-full">Compare two assessments</h2>
			<Select key={fromKey} label={{ text: 'Then', classes: 'govuk-label--s' }} {...from} items={items} />
			<Select key={toKey} label={{ text: 'Now', classes: 'govuk-label--s' }} {...to} items={items} />
			<Button text="Compare" classes="govuk-button--secondary" />
		</Form>
	)
}

import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { formatCalendarDate } from '#app/domain/dates.ts'
import { judgeLevel, maturityEvidence } from '#app/domain/maturity/evidence.ts'
import { maturityAreas, maturityLevelLabels, maturityLevels } from '#app/domain/maturity/levels.ts'
import { LevelsFormSchema, levelsFromForm, presentField, targetField } from '#app/domain/maturity/levels-form.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { listAssessments, loadAssessment, saveLevels } from '#app/lib/maturity.server.ts'
import { maturityFigures } from '#app/lib/maturity-evidence.server.ts'
import { invalidFormReply } from '#app/routes/shared/form-reply.ts'
import { parseId } from '#app/routes/shared/route-params.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { selectFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { BackLink } from '#app/components/govuk/back-link.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Select } from '#app/components/govuk/select.tsx'
import { Tag } from '#app/components/govuk/tag.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { withNotice } from '#app/components/notices.ts'
import type { Route } from './+types/assessment.ts'

const verdictTags = {
	supported: { text: 'Supported by the data', classes: 'govuk-tag--green' },
	higher_than_data: { text: 'Higher than the data shows', classes: 'govuk-tag--orange' },
	beyond_data: { text: 'Needs other evidence', classes: 'govuk-tag--grey' },
	no_data: { text: 'No data in the portal', classes: 'govuk-tag--grey' },
} as const

export function loader({ request, params }: Route.LoaderArgs) {
	const admin = requireRole(request, ['admin'])
	const loaded = loadAssessment(admin.organisationId, parseId(params.assessmentId))
	if (!loaded || loaded.assessment.councilId !== admin.organisationId) throw new Response('Not found', { status: 404 })
	const now = Date.now()
	const evidence = maturityEvidence(maturityFigures(admin.organisationId, now), now)
	// A new assessment starts from the levels of the one before it, if there is one.
	const previous =
		loaded.levels.length > 0
			? null
			: listAssessments(admin.organisationId).find(
					(a) => a.id !== loaded.assessment.id && a.areas > 0 && a.assessedOn <= loaded.assessment.assessedOn,
				)
	const startingLevels = previous ? loadAssessment(admin.organisationId, previous.id)!.levels : loaded.levels
	return {
		assessment: {
			id: loaded.assessment.id,
			title: loaded.assessment.title,
			assessedOn: loaded.assessment.assessedOn,
			version: loaded.assessment.version,
		},
		saved: loaded.levels.length > 0,
		startedFrom: previous?.title ?? null,
		areas: maturityAreas.map((area) => {
			const levels = startingLevels.find((l) => l.area === area.key)
			const saved = loaded.levels.find((l) => l.area === area.key)
			const areaEvidence = evidence.find((e) => e.area === area.key)!
			return {
				...area,
				present: levels?.present ?? '',
				target: levels?.target ?? '',
				facts: areaEvidence.facts,
				verdict: saved
					? judgeLevel(saved.present, areaEvidence)
					: judgeLevel(areaEvidence.supported ?? 'incomplete', areaEvidence),
				judged: Boolean(saved),
			}
		}),
	}
}

export async function action({ request, params, context }: Route.ActionArgs) {
	const admin = requireRole(request, ['admin'])
	const assessmentId = parseId(params.assessmentId)
	// Another council's assessment is not found, before any form is read.
	if (!loadAssessment(admin.organisationId, assessmentId)) throw new Response('Not found', { status: 404 })
	const submission = parseWithZod(await readFormData(request), { schema: LevelsFormSchema })
	if (submission.status !== 'success')
		return data({ result: invalidFormReply(submission, ['version']) }, { status: 400 })
	const result = saveLevels(
		admin,
		{ assessmentId, version: submission.value.version, levels: levelsFromForm(submission.value) },
		{ ip: context.clientIp, now: Date.now() },
	)
	if (!result.ok) {
		if (result.status === 404) throw new Response('Not found', { status: 404 })
		return data({ result: submission.reply({ formErrors: [result.message] }) }, { status: result.status ?? 400 })
	}
	return redirect(
		withNotice(href('/admin/maturity/:assessmentId', { assessmentId: String(assessmentId) }), 'levels-saved'),
	)
}

const levelItems = (value: string) => [
	value ? null : { value: '', text: 'Choose a level' },
	...maturityLevels.map((level) => ({ value: level, text: maturityLevelLabels[level] })),
]

export default function MaturityAssessment({ loaderData, actionData }: Route.ComponentProps) {
	const { assessment, saved, startedFrom, areas } = loaderData
	const [form, fields] = useForm({
		id: 'levels',
		lastResult: actionData?.result,
		shouldValidate: 'onSubmit',
		onValidate: ({ formData }) => parseWithZod(formData, { schema: LevelsFormSchema }),
		defaultValue: Object.fromEntries(
			areas.flatMap((area) => [
				[presentField(area.key), area.present],
				[targetField(area.key), area.target],
			]),
		),
	})
	const errors = collectErrors(
		areas.flatMap((area) => [fields[presentField(area.key)]!, fields[targetField(area.key)]!]),
		form.errors,
		form.id,
	)
	/** A level's select; until a level is chosen it asks for one. */
	const levelSelect = (name: string, label: string) => {
		const { key, ...props } = selectFieldProps(fields[name]!)
		return (
			<Select key={key} label={{ text: label, classes: 'govuk-label--s' }} {...props} items={levelItems(props.value)} />
		)
	}
	return (
		<>
			<BackLink href={href('/admin/maturity')} text="Back to the Maturity Index" />
			<DocumentTitle title={assessment.title} hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<span className="govuk-caption-l">Social Value Maturity Index, {formatCalendarDate(assessment.assessedOn)}</span>
			<h1 className="govuk-heading-l">{assessment.title}</h1>
			{saved ? (
				<p className="govuk-body">
					<a
						className="govuk-link"
						href={href('/admin/maturity/:assessmentId/plan', { assessmentId: String(assessment.id) })}
					>
						See the action plan
					</a>{' '}
					for these levels.
				</p>
			) : (
				<p className="govuk-body">
					Choose the level the council is at today in each area, and the level it aims for.{' '}
					{startedFrom ? `The levels of ${startedFrom} are filled in to start from.` : ''}
				</p>
			)}
			<Form method="post" {...getFormProps(form)} noValidate>
				<input type="hidden" name="version" value={assessment.version} />
				{areas.map((area) => (
					<section key={area.key} className="app-maturity-area" aria-labelledby={`${area.key}-heading`}>
						<h2 className="govuk-heading-m" id={`${area.key}-heading`}>
							{area.letter}. {area.name}
						</h2>
						<div className="govuk-grid-row">
							<div className="govuk-grid-column-one-half">
								{levelSelect(presentField(area.key), `Present level: ${area.name}`)}
								{levelSelect(targetField(area.key), `Target level: ${area.name}`)}
							</div>
							<div className="govuk-grid-column-one-half">
								<h3 className="govuk-heading-s">What the portal’s data shows</h3>
								<ul className="govuk-list govuk-list--bullet">
									{area.facts.map((fact) => (
										<li key={fact}>{fact}</li>
									))}
								</ul>
								<p className="govuk-body">
									{area.judged ? (
										<>
											<Tag
												text={verdictTags[area.verdict.kind].text}
												classes={verdictTags[area.verdict.kind].classes}
											/>{' '}
										</>
									) : null}
									{area.verdict.message}
								</p>
							</div>
						</div>
					</section>
				))}
				<Button text="Save levels" />
			</Form>
		</>
	)
}

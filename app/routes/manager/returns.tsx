import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, data, href, redirect } from 'react-router'
import { z } from 'zod'
import { ReturnChoicesSchema, choiceValue } from '#app/domain/returns/bulk-approval.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { approvalQueue } from '#app/lib/bulk-approval.server.ts'
import { RELOAD_AND_TRY_AGAIN } from '#app/routes/shared/form-reply.ts'
import { readFormData } from '#app/routes/shared/read-form.server.ts'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { checkboxesFieldProps } from '#app/components/field-props.ts'
import { FormErrorSummary, collectErrors } from '#app/components/form-error-summary.tsx'
import { Button } from '#app/components/govuk/button.tsx'
import { Checkboxes } from '#app/components/govuk/checkboxes.tsx'
import { Table } from '#app/components/govuk/table.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { PageNavigation } from '#app/components/page-navigation.tsx'
import { approvableItems, returnsQueueHead, returnsQueueRows } from './returns-rows.ts'
import type { Route } from './+types/returns.ts'

const ChooseSchema = z.object({ returns: ReturnChoicesSchema })
const PAGE_PARAM = 'returns-page'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const { page, items } = approvalQueue(user, new URL(request.url).searchParams.get(PAGE_PARAM))
	return { queue: items, page, isAdmin: user.role === 'admin' }
}

/** The returns chosen to approve at once: on to the page that lists them for confirmation. */
export async function action({ request }: Route.ActionArgs) {
	requireRole(request, ['contract_manager', 'admin'])
	const submission = parseWithZod(await readFormData(request), { schema: ChooseSchema })
	if (submission.status !== 'success') {
		// Only a changed page sends a value no checkbox has: it is reloaded, not corrected.
		const tampered = Object.keys(submission.error ?? {}).some((name) => name !== 'returns')
		const result = tampered ? submission.reply({ formErrors: [RELOAD_AND_TRY_AGAIN] }) : submission.reply()
		return data({ result }, { status: 400 })
	}
	const search = new URLSearchParams(submission.value.returns.map((choice) => ['returns', choiceValue(choice)]))
	return redirect(`${href('/manage/returns/approve')}?${search}`)
}

export default function ReturnsQueue({ loaderData, actionData }: Route.ComponentProps) {
	const { queue, page, isAdmin } = loaderData
	const [form, fields] = useForm<{ returns: string[] }>({ id: 'approve-several', lastResult: actionData?.result })
	const { key, ...choices } = checkboxesFieldProps(fields.returns)
	const errors = collectErrors([fields.returns], form.errors, 'approve-several')
	const approvable = approvableItems(queue)
	return (
		<>
			<DocumentTitle title="Progress returns to review" hasErrors={errors.length > 0} />
			{errors.length > 0 ? <FormErrorSummary errors={errors} /> : <NoticeBanner />}
			<h1 className="govuk-heading-l">Progress returns to review</h1>
			<p className="govuk-body">
				{isAdmin ? 'Every contract’s submitted returns' : 'Submitted returns on the contracts you manage'}, oldest
				first.
			</p>
			{queue.length === 0 ? (
				<p className="govuk-body">There are no returns waiting for review.</p>
			) : (
				<>
					<Table
						attributes={{ id: PAGE_PARAM }}
						caption="Returns waiting for review"
						captionClasses="govuk-visually-hidden"
						head={returnsQueueHead}
						rows={returnsQueueRows(queue)}
					/>
					<PageNavigation page={page} param={PAGE_PARAM} label="Pages of returns to review" />
					{approvable.length === 0 ? (
						<>
							<h2 className="govuk-heading-m">Approve several at once</h2>
							<p className="govuk-body">
								None of these returns can be approved with others: review each on its own page.
							</p>
						</>
					) : (
						<Form method="post" {...getFormProps(form)} tabIndex={-1}>
							<Checkboxes
								key={key}
								{...choices}
								fieldset={{
									legend: {
										html: '<h2 class="govuk-fieldset__heading">Approve several at once</h2>',
										classes: 'govuk-fieldset__legend--m',
									},
								}}
								hint={{
									text: 'Returns where every commitment is on plan and every delivery has its evidence. You will see what will be approved before anything is.',
								}}
								classes="govuk-checkboxes--small"
								items={approvable}
							/>
							<Button text="Continue" />
						</Form>
					)}
				</>
			)}
		</>
	)
}

import { href } from 'react-router'
import { countOf } from '#app/domain/plural.ts'
import { requireRole } from '#app/lib/auth.server.ts'
import { councilRagThresholds } from '#app/lib/contract-progress.server.ts'
import { contractsAtAGlance, councilToDo, deploymentSetUp, HOME_LIST_SIZE } from '#app/lib/council-home.server.ts'
import { directDraftsFor } from '#app/lib/direct-contracts.server.ts'
import { Button } from '#app/components/govuk/button.tsx'
import { DocumentTitle } from '#app/components/document-title.tsx'
import { NoticeBanner } from '#app/components/notice-banner.tsx'
import { RagRule } from '#app/components/rag-rule.tsx'
import { TotalsTable } from '#app/components/totals-table.tsx'
import { SummaryList } from '#app/components/govuk/summary-list.tsx'
import { Table, type TableCell } from '#app/components/govuk/table.tsx'
import { TaskList } from '#app/components/govuk/task-list.tsx'
import { strugglingHead, strugglingRows } from './dashboard-rows.ts'
import {
	awardsHead,
	awardsRows,
	glanceRows,
	matricesToReviewHead,
	matricesToReviewRows,
	overdueReturnsHead,
	overdueReturnsRows,
	returnsToReviewHead,
	returnsToReviewRows,
	setUpChecklist,
	tendersToEvaluateHead,
	tendersToEvaluateRows,
} from './home-rows.ts'
import { draftRows, draftsHead } from './contract-draft-rows.ts'
import type { Route } from './+types/home.ts'

export function loader({ request }: Route.LoaderArgs) {
	const user = requireRole(request, ['contract_manager', 'admin'])
	const now = Date.now()
	const glance = contractsAtAGlance(user, now)
	return {
		now,
		isAdmin: user.role === 'admin',
		toDo: councilToDo(user, now),
		glance: { ...glance, behind: glance.behind.slice(0, HOME_LIST_SIZE), behindTotal: glance.behind.length },
		ragThresholds: councilRagThresholds(user.organisationId),
		setUp: user.role === 'admin' ? deploymentSetUp(user.organisationId) : null,
		drafts: directDraftsFor(user.organisationId, user.role === 'admin' ? null : user.id),
	}
}

/** One kind of work to do: a table of the first few, and how many more there are on the page that owns them. */
function ToDoTable({
	caption,
	head,
	rows,
	total,
	more,
	describedBy,
}: {
	caption: string
	head: TableCell[]
	rows: TableCell[][]
	total: number
	more?: { href: string; text: string }
	describedBy?: string
}) {
	if (total === 0) return null
	return (
		<>
			<Table
				caption={`${caption} (${total})`}
				captionClasses="govuk-table__caption--s"
				head={head}
				rows={rows}
				attributes={{ 'aria-describedby': { value: describedBy, optional: true } }}
			/>
			{more && total > rows.length ? (
				<p className="govuk-body">
					<a className="govuk-link" href={more.href}>
						{more.text}
					</a>
				</p>
			) : null}
		</>
	)
}

const everyTender = { href: href('/manage/tenders'), text: 'Every tender' }

export default function CouncilHome({ loaderData }: Route.ComponentProps) {
	const { now, isAdmin, toDo, glance, ragThresholds, setUp, drafts } = loaderData
	const nothingToDo =
		toDo.returnsAwaitingReview.total +
			toDo.matricesAwaitingReview.total +
			toDo.overdueReturns.total +
			glance.behindTotal +
			toDo.tendersToEvaluate.total +
			toDo.awardsToMake.total ===
		0
	const whose = isAdmin ? 'every contract and tender in the council' : 'your contracts and tenders'
	return (
		<>
			<DocumentTitle title="Home" />
			<NoticeBanner />
			<h1 className="govuk-heading-l">Home</h1>
			{setUp ? (
				<>
					<h2 className="govuk-heading-m">Setting up</h2>
					<TaskList idPrefix="set-up" items={setUpChecklist(setUp, now)} />
				</>
			) : null}
			<Button href={href('/manage/contracts/new')} text="Record a contract" classes="govuk-button--secondary" />
			{drafts.length > 0 ? (
				<Table
					caption="Contracts being recorded"
					captionClasses="govuk-table__caption--m"
					head={draftsHead}
					rows={draftRows(drafts)}
				/>
			) : null}
			<h2 className="govuk-heading-m">To do now</h2>
			<p className="govuk-body">On {whose}, the longest waiting first.</p>
			{nothingToDo ? <p className="govuk-body">There is nothing to do now.</p> : null}
			<ToDoTable
				caption="Returns waiting for review"
				head={returnsToReviewHead}
				rows={returnsToReviewRows(toDo.returnsAwaitingReview.items, now)}
				total={toDo.returnsAwaitingReview.total}
				more={{ href: href('/manage/returns'), text: 'Every return waiting for review' }}
			/>
			{toDo.returnsAwaitingReview.total > 1 ? (
				<p className="govuk-body">
					<a className="govuk-link" href={href('/manage/returns')}>
						Approve several returns at once
					</a>
				</p>
			) : null}
			<ToDoTable
				caption="Matrices waiting for a decision"
				head={matricesToReviewHead}
				rows={matricesToReviewRows(toDo.matricesAwaitingReview.items, now)}
				total={toDo.matricesAwaitingReview.total}
				more={everyTender}
			/>
			<ToDoTable
				caption="Tenders ready to evaluate"
				head={tendersToEvaluateHead}
				rows={tendersToEvaluateRows(toDo.tendersToEvaluate.items)}
				total={toDo.tendersToEvaluate.total}
				more={everyTender}
			/>
			<ToDoTable
				caption="Contracts to award"
				head={awardsHead}
				rows={awardsRows(toDo.awardsToMake.items)}
				total={toDo.awardsToMake.total}
				more={everyTender}
			/>
			<ToDoTable
				caption="Overdue returns"
				head={overdueReturnsHead}
				rows={overdueReturnsRows(toDo.overdueReturns.items, now)}
				total={toDo.overdueReturns.total}
			/>
			{glance.behindTotal > 0 ? (
				<>
					<ToDoTable
						caption="Contracts with commitments behind plan"
						head={strugglingHead}
						rows={strugglingRows(glance.behind)}
						total={glance.behindTotal}
						describedBy="behind-plan-rag-rule"
						more={{ href: href('/manage/dashboard'), text: 'Every contract behind plan, on the dashboard' }}
					/>
					<RagRule id="behind-plan-rag-rule" thresholds={ragThresholds} />
				</>
			) : null}
			<h2 className="govuk-heading-m">
				{isAdmin ? 'The council’s contracts at a glance' : 'Your contracts at a glance'}
			</h2>
			{isAdmin ? (
				<p className="govuk-body">
					<a className="govuk-link" href={href('/admin/contracts/import')}>
						Import contracts from a spreadsheet
					</a>{' '}
					that started before the council used the portal.
				</p>
			) : null}
			{glance.contracts === 0 ? (
				<p className="govuk-body">
					{isAdmin ? 'The council has no contracts yet.' : 'You do not manage any contracts yet.'}
				</p>
			) : (
				<>
					<SummaryList rows={glanceRows(glance, toDo.returns)} />
					<TotalsTable
						caption={
							glance.contracts > glance.byContract.length
								? `The ${countOf(glance.byContract.length, 'contract')} with most committed`
								: 'By contract'
						}
						first="Contract"
						rows={glance.byContract}
						link={(row) => href('/contracts/:contractId', { contractId: row.key })}
					/>
					<p className="govuk-body">
						<a className="govuk-link" href={href('/manage/dashboard')}>
							The social value dashboard
						</a>{' '}
						has every figure, by year, theme, priority and supplier.
					</p>
				</>
			)}
		</>
	)
}

import { formatDateTime } from '#app/domain/dates.ts'

export type LineCommentView = { id: number; at: number; by: string; body: string }

/** The council's comments on one line of a matrix, oldest first. */
export function LineComments({ comments }: { comments: LineCommentView[] }) {
	if (comments.length === 0) return null
	return (
		<>
			<h3 className="govuk-heading-s">Council comments</h3>
			<ul className="govuk-list">
				{comments.map((comment) => (
					<li key={comment.id} className="app-line-comment">
						<p className="govuk-body-s govuk-!-margin-bottom-1">
							{comment.by}, {formatDateTime(comment.at)}
						</p>
						<p className="govuk-body app-preserve-lines">{comment.body}</p>
					</li>
				))}
			</ul>
		</>
	)
}

import { Tag, type TagProps } from './tag.tsx'
import { type Attributes, type Content, cx, inner, toReactAttributes } from './shared.ts'

export type TaskListItem = {
	title: Content & { classes?: string }
	hint?: Content
	/** A tag, or else plain text or HTML (greyed by the class `govuk-task-list__status--cannot-start-yet`). */
	status: Content & { tag?: TagProps; classes?: string }
	/** Without a link, the task cannot be started yet. */
	href?: string
	classes?: string
}

export type TaskListProps = {
	/** Falsy items are skipped, so tasks can be added conditionally; they still count in the ids. */
	items: Array<TaskListItem | null | undefined | false | ''>
	/** Prefixes each task's hint and status ids (`idPrefix-1-status`); defaults to `task-list`. */
	idPrefix?: string
	classes?: string
	attributes?: Attributes
}

function TaskListRow({ item, idPrefix, number }: { item: TaskListItem; idPrefix: string; number: number }) {
	const hintId = `${idPrefix}-${number}-hint`
	const statusId = `${idPrefix}-${number}-status`
	const { title, hint, status, href } = item
	return (
		<li className={cx('govuk-task-list__item', href && 'govuk-task-list__item--with-link', item.classes)}>
			<div className="govuk-task-list__name-and-hint">
				{href ? (
					<a
						className={cx('govuk-link govuk-task-list__link', title.classes)}
						href={href}
						aria-describedby={hint ? `${hintId} ${statusId}` : statusId}
						{...inner(title)}
					/>
				) : (
					<div className={title.classes || undefined} {...inner(title)} />
				)}
				{hint ? <div id={hintId} className="govuk-task-list__hint" {...inner(hint)} /> : null}
			</div>
			<div
				className={cx('govuk-task-list__status', status.classes)}
				id={statusId}
				{...(status.tag ? { children: <Tag {...status.tag} /> } : inner(status))}
			/>
		</li>
	)
}

export function TaskList({ items, idPrefix, classes, attributes }: TaskListProps) {
	return (
		<ul {...toReactAttributes(attributes)} className={cx('govuk-task-list', classes)}>
			{items.map((item, index) =>
				item ? <TaskListRow key={index} item={item} idPrefix={idPrefix || 'task-list'} number={index + 1} /> : null,
			)}
		</ul>
	)
}

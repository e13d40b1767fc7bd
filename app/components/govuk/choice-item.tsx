import type { ReactNode } from 'react'
import { Hint } from './hint.tsx'
import { Label } from './label.tsx'
import { type Attributes, cx, inner } from './shared.ts'

/** What a checkbox and a radio have in common: the parts around the input. */
type ChoiceItem = {
	text?: string
	html?: string
	label?: { classes?: string; attributes?: Attributes }
	hint?: { text?: string; html?: string; classes?: string; attributes?: Attributes }
	conditional?: { html?: string; children?: ReactNode }
}

/**
 * One checkbox or radio (`kind` gives the class names): its item holding the input, label
 * and hint, then the content it reveals when chosen, hidden until then.
 */
export function ChoiceItem({
	kind,
	item,
	input,
	itemId,
	hintId,
	conditionalId,
	isChecked,
}: {
	kind: 'checkboxes' | 'radios'
	item: ChoiceItem
	input: ReactNode
	itemId: string
	hintId: string | undefined
	conditionalId: string | undefined
	isChecked: boolean
}) {
	return (
		<>
			<div className={`govuk-${kind}__item`}>
				{input}
				<Label
					html={item.html}
					text={item.text}
					classes={cx(`govuk-${kind}__label`, item.label?.classes)}
					attributes={item.label?.attributes}
					for={itemId}
				/>
				{hintId && item.hint ? (
					<Hint
						id={hintId}
						classes={cx(`govuk-${kind}__hint`, item.hint.classes)}
						attributes={item.hint.attributes}
						html={item.hint.html}
						text={item.hint.text}
					/>
				) : null}
			</div>
			{conditionalId ? (
				<div
					className={cx(`govuk-${kind}__conditional`, !isChecked && `govuk-${kind}__conditional--hidden`)}
					id={conditionalId}
					{...inner(item.conditional)}
				/>
			) : null}
		</>
	)
}

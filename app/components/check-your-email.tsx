import type { ReactNode } from 'react'
import { DocumentTitle } from './document-title.tsx'

/** The page after a form that emails a link: what was sent, and how to get another. */
export function CheckYourEmail({ children, again }: { children: ReactNode; again: { href: string; text: string } }) {
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Check your email" />
			<div className="govuk-grid-column-two-thirds">
				<h1 className="govuk-heading-l">Check your email</h1>
				{children}
				<p className="govuk-body">
					No email after a few minutes? Check your spam folder or{' '}
					<a href={again.href} className="govuk-link">
						{again.text}
					</a>
					.
				</p>
			</div>
		</div>
	)
}

import { isRouteErrorResponse, useRouteError } from 'react-router'
import { MAX_EVIDENCE_MEGABYTES } from '#app/domain/returns/evidence-size.ts'
import { DocumentTitle } from './document-title.tsx'

function NotFound() {
	return (
		<>
			<DocumentTitle title="Page not found" />
			<h1 className="govuk-heading-l">Page not found</h1>
			<p className="govuk-body">If you typed the web address, check it is correct.</p>
			<p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
			<p className="govuk-body">
				<a className="govuk-link" href="/">
					Go to the home page
				</a>
			</p>
		</>
	)
}

function Forbidden() {
	return (
		<>
			<DocumentTitle title="You do not have permission to see this page" />
			<h1 className="govuk-heading-l">You do not have permission to see this page</h1>
			<p className="govuk-body">Your account does not give you access to this page.</p>
			<p className="govuk-body">
				If you think you should have access, contact your organisation&apos;s administrator or the council&apos;s social
				value team.
			</p>
			<p className="govuk-body">
				<a className="govuk-link" href="/account">
					Go to your account
				</a>
			</p>
		</>
	)
}

function ServerError() {
	return (
		<>
			<DocumentTitle title="Sorry, there is a problem with the service" />
			<h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
			<p className="govuk-body">Try again later.</p>
			<p className="govuk-body">
				If you entered information, it may not have been saved. If the problem continues, contact the council&apos;s
				social value team.
			</p>
		</>
	)
}

function BadRequest() {
	return (
		<>
			<DocumentTitle title="Sorry, that request could not be handled" />
			<h1 className="govuk-heading-l">Sorry, that request could not be handled</h1>
			<p className="govuk-body">
				Go back to the page you came from, reload it and try again. Nothing has been changed.
			</p>
		</>
	)
}

function TooLarge() {
	return (
		<>
			<DocumentTitle title="What you sent is too large" />
			<h1 className="govuk-heading-l">What you sent is too large</h1>
			<p className="govuk-body">{`A file you attach must be smaller than ${MAX_EVIDENCE_MEGABYTES} MB.`}</p>
			<p className="govuk-body">
				Go back to the page you came from, choose a smaller file and try again. Nothing has been changed.
			</p>
		</>
	)
}

/** The pages people see when something goes wrong: 400, 403, 404, 413 and 500. */
export function GeneralErrorBoundary() {
	const error = useRouteError()
	if (isRouteErrorResponse(error)) {
		if (error.status === 404) return <NotFound />
		if (error.status === 403) return <Forbidden />
		if (error.status === 413) return <TooLarge />
		if (error.status >= 400 && error.status < 500) return <BadRequest />
	}
	if (typeof document !== 'undefined') console.error(error)
	return <ServerError />
}

import { DocumentTitle } from '#app/components/document-title.tsx'
import { useRootData } from '#app/components/use-root-data.ts'

export default function AccessibilityStatement() {
	const councilName = useRootData()?.councilName ?? 'The council'
	return (
		<div className="govuk-grid-row">
			<DocumentTitle title="Accessibility statement" />
			<div className="govuk-grid-column-two-thirds">
				<h1 className="govuk-heading-xl">Accessibility statement for the social value portal</h1>
				<p className="govuk-body">
					This statement applies to the {councilName} social value portal. It is run by {councilName}. We want as many
					people as possible to be able to use it. For example, you should be able to:
				</p>
				<ul className="govuk-list govuk-list--bullet">
					<li>change colours, contrast levels and fonts using browser or device settings</li>
					<li>zoom in up to 400% without the text spilling off the screen</li>
					<li>navigate the whole service using just a keyboard</li>
					<li>use the whole service without JavaScript</li>
					<li>listen to the service using a screen reader</li>
				</ul>
				<h2 className="govuk-heading-m">How accessible this service is</h2>
				<p className="govuk-body">
					The service is built with the GOV.UK Design System and aims to meet the Web Content Accessibility Guidelines
					(WCAG) version 2.2 AA standard. Every page is checked automatically for accessibility problems each time the
					service changes.
				</p>
				<h2 className="govuk-heading-m">Feedback and contact information</h2>
				<p className="govuk-body">
					If you need information in a different format, or you find a problem not listed on this page, contact the{' '}
					{councilName} social value team. We will consider your request and get back to you within 5 working days.
				</p>
				<h2 className="govuk-heading-m">Enforcement procedure</h2>
				<p className="govuk-body">
					The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
					(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we
					respond to your complaint, contact the Equality Advisory and Support Service (EASS).
				</p>
				<h2 className="govuk-heading-m">Technical information about this service&apos;s accessibility</h2>
				<p className="govuk-body">
					{councilName} is committed to making its websites accessible, in accordance with the Public Sector Bodies
					(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
				</p>
				<h3 className="govuk-heading-s">Compliance status</h3>
				<p className="govuk-body">
					This service is intended to be fully compliant with the Web Content Accessibility Guidelines version 2.2 AA
					standard. It has not yet been audited by an independent accessibility specialist.
				</p>
			</div>
		</div>
	)
}

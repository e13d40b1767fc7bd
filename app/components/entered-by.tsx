/** Says that a council officer entered this matrix from a bid sent to another system, and who. */
export function EnteredBy({ entry }: { entry: { officer: string; bidder: string } }) {
	return (
		<p className="govuk-body">
			Entered by {entry.officer} for {entry.bidder}, from the bid sent to the council’s e-tendering system.
		</p>
	)
}

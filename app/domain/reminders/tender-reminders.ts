const DAY = 86_400_000

/**
 * Whether a supplier with an unsubmitted draft should be reminded that the tender's deadline
 * is close: from `leadDays` × 24 hours before the deadline until the deadline itself. Counted
 * in hours rather than UK calendar days because the deadline is an instant with a time of
 * day; the reminder runs up to it, so a runner that was briefly down still sends it.
 *
 * The key names the stage only; the runner dedupes it together with the tender and recipient.
 */
export function tenderDeadlineReminderDue(input: {
	deadlineAt: number
	leadDays: number
	now: number
}): { key: string } | null {
	const { deadlineAt, leadDays, now } = input
	if (!Number.isInteger(leadDays) || leadDays < 1)
		throw new RangeError(`Lead days must be a whole number of 1 or more, not ${leadDays}`)
	if (now < deadlineAt - leadDays * DAY || now >= deadlineAt) return null
	return { key: `deadline-in-${leadDays}` }
}

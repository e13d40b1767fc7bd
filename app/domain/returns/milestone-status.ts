/** How a supplier says its milestones stand for a commitment, in each return. */
export const milestoneStatuses = ['not_started', 'on_track', 'at_risk', 'met', 'missed'] as const
export type MilestoneStatus = (typeof milestoneStatuses)[number]

export const milestoneStatusLabels: Record<MilestoneStatus, string> = {
	not_started: 'Not started',
	on_track: 'On track',
	at_risk: 'At risk',
	met: 'Met',
	missed: 'Missed',
}

/** GOV.UK tag colours: orange when the council may need to help, red when it is too late. */
export const milestoneStatusTagClasses: Record<MilestoneStatus, string> = {
	not_started: 'govuk-tag--grey',
	on_track: 'govuk-tag--blue',
	at_risk: 'govuk-tag--orange',
	met: 'govuk-tag--green',
	missed: 'govuk-tag--red',
}

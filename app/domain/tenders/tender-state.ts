import type { TenderStatus } from '#db/schema.ts'
import { countOf } from '../plural.ts'

export type TenderState = 'draft' | 'open' | 'closed' | 'cancelled'

/** Open and closed follow from the clock, so no job has to close a tender at its deadline. */
export function tenderState(tender: { status: TenderStatus; deadlineAt: number }, now: number): TenderState {
	if (tender.status === 'draft') return 'draft'
	if (tender.status === 'cancelled') return 'cancelled'
	return now < tender.deadlineAt ? 'open' : 'closed'
}

export const tenderStateLabels: Record<TenderState, string> = {
	draft: 'Draft',
	open: 'Open for bids',
	closed: 'Closed',
	cancelled: 'Cancelled',
}

export const tenderStateTagClasses: Record<TenderState, string> = {
	draft: 'govuk-tag--blue',
	open: 'govuk-tag--green',
	closed: 'govuk-tag--grey',
	cancelled: 'govuk-tag--red',
}

/** "3 days left", "5 hours left", "Closes in 20 minutes". */
export function timeLeft(deadlineAt: number, now: number): string {
	const ms = deadlineAt - now
	if (ms <= 0) return 'Closed'
	const minutes = Math.floor(ms / 60_000)
	const hours = Math.floor(minutes / 60)
	const days = Math.floor(hours / 24)
	if (days >= 1) return `${countOf(days, 'day')} left`
	if (hours >= 1) return `${countOf(hours, 'hour')} left`
	return `${countOf(Math.max(1, minutes), 'minute')} left`
}

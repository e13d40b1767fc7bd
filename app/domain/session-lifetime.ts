export const SESSION_INACTIVITY_TIMEOUT_MS = 12 * 60 * 60 * 1000
export const SESSION_ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000
/** How stale `lastVerifiedAt` may get before it is written again (saves a write per request). */
export const SESSION_ACTIVITY_RESOLUTION_MS = 60 * 1000

export type SessionTimes = { createdAt: number; lastVerifiedAt: number }

export type SessionVerdict = 'valid' | 'valid-record-activity' | 'expired'

export function judgeSession(session: SessionTimes, now: number): SessionVerdict {
	if (now - session.createdAt >= SESSION_ABSOLUTE_LIFETIME_MS) return 'expired'
	if (now - session.lastVerifiedAt >= SESSION_INACTIVITY_TIMEOUT_MS) return 'expired'
	if (now - session.lastVerifiedAt >= SESSION_ACTIVITY_RESOLUTION_MS) return 'valid-record-activity'
	return 'valid'
}

/** When the browser should drop the cookie: the earlier of the two limits. */
export function sessionCookieExpiry(session: SessionTimes): number {
	return Math.min(
		session.lastVerifiedAt + SESSION_INACTIVITY_TIMEOUT_MS,
		session.createdAt + SESSION_ABSOLUTE_LIFETIME_MS,
	)
}

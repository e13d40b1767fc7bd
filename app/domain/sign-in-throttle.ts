export const SIGN_IN_FAILURE_LIMIT = 5
export const SIGN_IN_FAILURE_WINDOW_MS = 15 * 60 * 1000

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterMinutes: number }

/**
 * Decides whether another sign-in attempt may be made, given the times of recent
 * failures (for one account, or one IP address).
 */
export function judgeSignInThrottle(
	failureTimes: readonly number[],
	now: number,
	limit = SIGN_IN_FAILURE_LIMIT,
	windowMs = SIGN_IN_FAILURE_WINDOW_MS,
): ThrottleVerdict {
	const recent = failureTimes.filter((at) => at > now - windowMs && at <= now).sort((a, b) => b - a)
	if (recent.length < limit) return { blocked: false }
	// The block lifts when the oldest failure that still makes up the limit leaves the window.
	const oldestCounted = recent[limit - 1] as number
	const retryAfterMs = oldestCounted + windowMs - now
	return { blocked: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) }
}

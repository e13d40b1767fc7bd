export const MAX_DELIVERY_ATTEMPTS = 8

/** Exponential backoff from 30 seconds, capped at 1 hour. `attempts` counts failures so far. */
export function nextAttemptDelayMs(attempts: number): number {
	return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000)
}

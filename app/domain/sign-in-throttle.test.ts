import { expect, test } from 'vitest'
import { SIGN_IN_FAILURE_WINDOW_MS, judgeSignInThrottle } from './sign-in-throttle.ts'

const now = Date.UTC(2027, 0, 10, 12, 0)
const minute = 60_000

test('four failures in 15 minutes still allow another attempt', () => {
	expect(judgeSignInThrottle([now - minute, now - 2 * minute, now - 3 * minute, now - 4 * minute], now)).toEqual({
		blocked: false,
	})
})

test('five failures in 15 minutes block, saying how long to wait', () => {
	const failures = [1, 2, 3, 4, 10].map((m) => now - m * minute)
	expect(judgeSignInThrottle(failures, now)).toEqual({ blocked: true, retryAfterMinutes: 5 })
})

test('failures older than the window do not count', () => {
	const failures = [1, 2, 3, 4].map((m) => now - m * minute).concat(now - SIGN_IN_FAILURE_WINDOW_MS)
	expect(judgeSignInThrottle(failures, now)).toEqual({ blocked: false })
})

test('a custom limit applies (per IP address)', () => {
	const failures = Array.from({ length: 20 }, (_, i) => now - i * 1000)
	expect(judgeSignInThrottle(failures, now, 20).blocked).toBe(true)
	expect(judgeSignInThrottle(failures.slice(1), now, 20).blocked).toBe(false)
})

test('the wait is never reported as zero minutes', () => {
	const failures = Array.from({ length: 5 }, () => now - SIGN_IN_FAILURE_WINDOW_MS + 1000)
	expect(judgeSignInThrottle(failures, now)).toEqual({ blocked: true, retryAfterMinutes: 1 })
})

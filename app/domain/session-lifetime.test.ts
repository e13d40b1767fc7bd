import { describe, expect, test } from 'vitest'
import {
	SESSION_ABSOLUTE_LIFETIME_MS,
	SESSION_INACTIVITY_TIMEOUT_MS,
	judgeSession,
	sessionCookieExpiry,
} from './session-lifetime.ts'

const start = Date.UTC(2027, 3, 30, 9, 0)
const minute = 60_000

describe('judgeSession', () => {
	test('a fresh session is valid without a write', () => {
		expect(judgeSession({ createdAt: start, lastVerifiedAt: start }, start + 30_000)).toBe('valid')
	})
	test('activity is recorded at most once a minute', () => {
		expect(judgeSession({ createdAt: start, lastVerifiedAt: start }, start + minute)).toBe('valid-record-activity')
	})
	test('12 hours without activity ends the session', () => {
		const session = { createdAt: start, lastVerifiedAt: start }
		expect(judgeSession(session, start + SESSION_INACTIVITY_TIMEOUT_MS - 1)).toBe('valid-record-activity')
		expect(judgeSession(session, start + SESSION_INACTIVITY_TIMEOUT_MS)).toBe('expired')
	})
	test('30 days ends the session however active it is', () => {
		const now = start + SESSION_ABSOLUTE_LIFETIME_MS
		expect(judgeSession({ createdAt: start, lastVerifiedAt: now - minute }, now)).toBe('expired')
	})
})

test('the cookie expires at the earlier of the two limits', () => {
	expect(sessionCookieExpiry({ createdAt: start, lastVerifiedAt: start })).toBe(start + SESSION_INACTIVITY_TIMEOUT_MS)
	const late = start + SESSION_ABSOLUTE_LIFETIME_MS - 60 * minute
	expect(sessionCookieExpiry({ createdAt: start, lastVerifiedAt: late })).toBe(start + SESSION_ABSOLUTE_LIFETIME_MS)
})

import { sha256 } from '@oslojs/crypto/sha2'
import { constantTimeEqual } from '@oslojs/crypto/subtle'
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'

/** 120 bits of randomness, as 24 lower-case base32 characters. */
export function generateSecureRandomString(): string {
	const bytes = new Uint8Array(15)
	crypto.getRandomValues(bytes)
	return encodeBase32LowerCaseNoPadding(bytes)
}

export function hashSecret(secret: string): Buffer {
	return Buffer.from(sha256(new TextEncoder().encode(secret)))
}

export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
	const hash = hashSecret(secret)
	return hash.length === storedHash.length && constantTimeEqual(hash, storedHash)
}

/** A token handed to a person is "<id>.<secret>"; only a hash of the secret is stored. */
export function createTokenParts() {
	const id = generateSecureRandomString()
	const secret = generateSecureRandomString()
	return { id, secretHash: hashSecret(secret), token: `${id}.${secret}` }
}

export function splitToken(token: string): { id: string; secret: string } | null {
	const parts = token.split('.')
	if (parts.length !== 2) return null
	const [id, secret] = parts as [string, string]
	if (!/^[a-z2-7]{24}$/.test(id) || !/^[a-z2-7]{24}$/.test(secret)) return null
	return { id, secret }
}

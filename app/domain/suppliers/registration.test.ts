import { expect, test } from 'vitest'
import { RegistrationSchema, normalisePostcode, normaliseRegistrationNumber } from './registration.ts'

const valid = {
	organisationName: 'Brightstart CIC',
	supplierType: 'vcse',
	registrationNumber: ' 12345678 ',
	postcode: 'ex4 4qj',
	name: 'Jo Baker',
	email: 'Jo@Brightstart.example',
	password: 'river kettle orange 19',
	confirmPassword: 'river kettle orange 19',
}

test('a valid registration is tidied up', () => {
	expect(RegistrationSchema.parse(valid)).toMatchObject({
		registrationNumber: '12345678',
		postcode: 'EX4 4QJ',
		email: 'Jo@Brightstart.example',
	})
	expect(RegistrationSchema.parse({ ...valid, registrationNumber: '' }).registrationNumber).toBeNull()
})

test.each([
	[{ organisationName: '' }, 'Enter your organisation’s name'],
	[{ supplierType: 'huge' }, 'Select the type of organisation'],
	[
		{ registrationNumber: '123' },
		'Enter a Companies House number like 01234567 or SC123456, or a charity number like 1123456',
	],
	[{ postcode: 'NOT A POSTCODE' }, 'Enter a real postcode, like EX1 1AA'],
	[{ email: 'nope' }, 'Enter an email address in the correct format, like name@example.com'],
	[{ password: 'short', confirmPassword: 'short' }, 'Password must be 12 characters or more'],
	[{ confirmPassword: 'something else entirely' }, 'Enter the same password in both fields'],
])('%j is refused', (change, message) => {
	const result = RegistrationSchema.safeParse({ ...valid, ...change })
	expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
})

test('postcodes and registration numbers', () => {
	expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA')
	expect(normalisePostcode('M1 1AE')).toBe('M1 1AE')
	expect(normalisePostcode('12345')).toBeNull()
	expect(normaliseRegistrationNumber('sc123456')).toBe('SC123456')
	expect(normaliseRegistrationNumber('1123456')).toBe('1123456')
	expect(normaliseRegistrationNumber('abc')).toBeNull()
})

import { expect, test } from 'vitest'
import { NewCouncilSchema } from './new-council-form.ts'

const valid = {
	name: 'Northshire District Council',
	shortName: 'Northshire',
	slug: 'northshire',
	adminName: 'Ali Khan',
	adminEmail: 'ali.khan@northshire.example',
}

test('a council needs a name, a short name, a short address and its first administrator', () => {
	expect(NewCouncilSchema.safeParse(valid).success).toBe(true)
	const empty = NewCouncilSchema.safeParse({})
	expect(empty.error?.issues.map((issue) => issue.message)).toEqual([
		'Enter the council’s name',
		'Enter the name people use for the council',
		'Enter a short address',
		'Enter the administrator’s full name',
		'Enter the administrator’s email address',
	])
})

test('a short address is lowercase words joined by hyphens', () => {
	expect(NewCouncilSchema.parse({ ...valid, slug: ' North-Shire ' }).slug).toBe('north-shire')
	for (const slug of ['north shire', 'north--shire', '-north', 'north/shire'])
		expect(NewCouncilSchema.safeParse({ ...valid, slug }).error?.issues[0]?.message).toMatch(/^Short address must use/)
})

test('a host name is optional, kept as a browser sends it, and never a web address', () => {
	expect(NewCouncilSchema.parse(valid).host).toBeUndefined()
	expect(NewCouncilSchema.parse({ ...valid, host: ' SV.Northshire.gov.uk.' }).host).toBe('sv.northshire.gov.uk')
	for (const host of ['https://sv.northshire.gov.uk', 'northshire', 'sv northshire.gov.uk'])
		expect(NewCouncilSchema.safeParse({ ...valid, host }).error?.issues[0]?.message).toMatch(/^Enter a host name/)
})

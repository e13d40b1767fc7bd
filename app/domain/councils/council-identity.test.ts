import { expect, test } from 'vitest'
import { SLUG_PATTERN, normaliseHost, shortNameFor, slugFor } from './council-identity.ts'

test('a council’s slug is its name in lower case, words joined by hyphens, accents and apostrophes gone', () => {
	expect(slugFor('Northshire County Council')).toBe('northshire-county-council')
	expect(slugFor('Royal Borough of Exampleshire & Dale')).toBe('royal-borough-of-exampleshire-dale')
	expect(slugFor("King's Lynn and West Norfolk")).toBe('kings-lynn-and-west-norfolk')
	expect(slugFor('Cyngor Gwynedd – Môn')).toBe('cyngor-gwynedd-mon')
	expect(slugFor('  --  ')).toBe('')
	for (const name of ['Northshire County Council', 'Royal Borough of Exampleshire & Dale', 'Cyngor Gwynedd – Môn'])
		expect(slugFor(name)).toMatch(SLUG_PATTERN)
})

test('a slug stays short enough for an address, without a trailing hyphen', () => {
	const slug = slugFor('The Combined Authority of the Northern Exampleshire Towns and Villages')
	expect(slug.length).toBeLessThanOrEqual(40)
	expect(slug).toMatch(SLUG_PATTERN)
})

test('the short name drops a trailing “Council” only', () => {
	expect(shortNameFor('Northshire County Council')).toBe('Northshire County')
	expect(shortNameFor('Council of the Isles of Scilly')).toBe('Council of the Isles of Scilly')
	expect(shortNameFor('Council')).toBe('Council')
})

test('a host name is compared without case, port or trailing dot', () => {
	expect(normaliseHost('SV.Northshire.gov.uk:443')).toBe('sv.northshire.gov.uk')
	expect(normaliseHost('sv.northshire.gov.uk.')).toBe('sv.northshire.gov.uk')
})

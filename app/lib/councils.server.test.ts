import { expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import {
	createCouncil,
	ensureCouncil,
	headerNameFor,
	linkSlugFor,
	listCouncils,
	publicCouncil,
	publicListing,
	publicListingCouncil,
} from './councils.server.ts'

const at = (url: string) => new Request(url)

async function notFound(run: () => unknown) {
	try {
		run()
	} catch (thrown) {
		expect(thrown).toBeInstanceOf(Response)
		expect((thrown as Response).status).toBe(404)
		return
	}
	throw new Error('expected a 404')
}

// The tests run in order: first the deployment with one council, then with a second.
test('with one council, every public page is its own without a prefix or any configuration', () => {
	const only = ensureCouncil('Testshire Council', Date.now())
	expect(listCouncils()).toHaveLength(1)
	const request = at('http://portal.example/opportunities')
	expect(publicCouncil(request, {})).toEqual(only)
	expect(publicListingCouncil(request, {})).toEqual(only)
	expect(publicListing(request, {})).toEqual({ councilId: only.id, councilNames: null, filter: null })
	expect(linkSlugFor(request, {}, only.id)).toBeUndefined()
	expect(headerNameFor(request, null)).toBe(only.name)
})

test('a slug names its council; an unknown slug is not found, whatever the host', async () => {
	const first = listCouncils()[0]!
	const dale = createCouncil(db, { name: 'Dale District Council', host: 'sv.dale.example' }, Date.now())
	expect(dale.slug).toBe('dale-district-council')
	const shared = at('http://portal.example/c/dale-district-council/opportunities')
	expect(publicCouncil(shared, { councilSlug: dale.slug })).toEqual(dale)
	expect(publicListingCouncil(shared, { councilSlug: dale.slug })).toEqual(dale)
	expect(headerNameFor(shared, null, { councilSlug: dale.slug })).toBe('Dale District Council')
	expect(linkSlugFor(shared, { councilSlug: dale.slug }, dale.id)).toBe(dale.slug)
	await notFound(() => publicCouncil(shared, { councilSlug: 'nowhere' }))
	await notFound(() => publicListingCouncil(at('http://sv.dale.example/c/nowhere'), { councilSlug: 'nowhere' }))
	// The prefix wins over the host: the first council's slug on Dale's own host is the first council.
	expect(publicCouncil(at(`http://sv.dale.example/c/${first.slug}`), { councilSlug: first.slug })).toEqual(first)
})

test('a council’s own host name finds it without a prefix; its links need none', () => {
	const [first, dale] = listCouncils()
	const own = at('http://SV.Dale.Example:8443/opportunities')
	expect(publicCouncil(own, {})).toEqual(dale)
	expect(publicListingCouncil(own, {})).toEqual(dale)
	expect(headerNameFor(own, null)).toBe('Dale District Council')
	expect(linkSlugFor(own, {}, dale!.id)).toBeUndefined()
	// Another council's pages, linked from Dale's host, carry that council's prefix.
	expect(linkSlugFor(own, {}, first!.id)).toBe(first!.slug)
})

test('on a shared host with several councils, lists hold every council’s, naming each, unless one is chosen', () => {
	const [first, dale] = listCouncils()
	const shared = at('http://portal.example/opportunities')
	// A page that needs one council (the TOMs) falls to the first.
	expect(publicCouncil(shared, {})).toEqual(first)
	expect(publicListingCouncil(shared, {})).toBeNull()
	expect(publicListing(shared, {})).toEqual({
		councilId: undefined,
		councilNames: { [first!.id]: first!.name, [dale!.id]: 'Dale District Council' },
		filter: {
			choices: [
				{ slug: first!.slug, name: first!.name },
				{ slug: dale!.slug, name: 'Dale District Council' },
			],
			chosen: '',
		},
	})
	const chosen = publicListing(at(`http://portal.example/opportunities?council=${dale!.slug}`), {})
	expect(chosen.councilId).toBe(dale!.id)
	expect(chosen.filter?.chosen).toBe(dale!.slug)
	expect(publicListing(at('http://portal.example/opportunities?council=nowhere'), {}).councilId).toBeUndefined()
	expect(linkSlugFor(shared, {}, dale!.id)).toBe(dale!.slug)
	// A supplier sees the deployment's name; a council's staff their own council's.
	expect(headerNameFor(shared, { role: 'supplier', organisationId: 999 })).not.toBe('Dale District Council')
	expect(headerNameFor(shared, { role: 'admin', organisationId: dale!.id })).toBe('Dale District Council')
})

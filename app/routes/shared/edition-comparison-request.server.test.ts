import { beforeAll, describe, expect, test } from 'vitest'
import { db } from '#db/client.server.ts'
import { createOrganisation, createUser } from '#db/factories.ts'
import { SESSION_COOKIE, createSession } from '#app/lib/session.server.ts'
import { createEdition, publishEdition, replaceEditionContent } from '#app/lib/toms-editions.server.ts'
import { getEdition } from '#app/lib/toms-queries.server.ts'
import { filledMeasure } from '#tests/measure-fixture.ts'
import { session } from '#tests/tender-fixture.ts'
import {
	FROM_MISSING,
	FROM_NOT_FOUND,
	readComparisonRequest,
	SAME_EDITION,
	TO_MISSING,
	TO_NOT_FOUND,
} from './edition-comparison-request.server.ts'

let adminToken: string
let councilId: number
let managerToken: string
let published: number
let later: number
let draft: number

beforeAll(async () => {
	const council = createOrganisation(db, { kind: 'council' })
	councilId = council.id
	const admin = await createUser(db, { organisationId: council.id, role: 'admin', passwordHash: 'x' })
	const manager = await createUser(db, { organisationId: council.id, role: 'contract_manager', passwordHash: 'x' })
	adminToken = createSession(admin.id, Date.now()).token
	managerToken = createSession(manager.id, Date.now()).token
	const ctx = { ip: '', now: Date.now() }
	const content = {
		themes: [{ name: 'Jobs', outcomes: [{ name: 'Work', measures: [filledMeasure('J-1', { priorityCodes: [] })] }] }],
	}
	const edition = (name: string) => {
		const created = createEdition(session(admin), { name, description: '', copyFromId: null }, ctx)
		if (!created.ok) throw new Error(created.message)
		replaceEditionContent(session(admin), created.editionId, content, ctx)
		return created.editionId
	}
	const publish = (id: number) => {
		const result = publishEdition(session(admin), id, getEdition(id)!.version, ctx)
		if (!result.ok) throw new Error(result.message)
		return id
	}
	published = publish(edition('Published'))
	later = publish(edition('Later'))
	draft = edition('Draft')
})

function ask(query: string, token?: string) {
	return readComparisonRequest(
		new Request(
			`http://localhost/toms/compare${query}`,
			token ? { headers: { Cookie: `${SESSION_COOKIE}=${token}` } } : {},
		),
		councilId,
	)
}

function refusal(query: string, token?: string) {
	const asked = ask(query, token)
	if (asked.state !== 'refused') throw new Error(`expected a refusal, got ${asked.state}`)
	return { status: asked.status, errors: asked.result.error }
}

test('without a choice, nothing is asked yet', () => {
	expect(ask('')).toEqual({ state: 'blank', includeDrafts: false })
	expect(ask('', adminToken)).toEqual({ state: 'blank', includeDrafts: true })
})

test('two published editions are compared for anyone', () => {
	expect(ask(`?from=${published}&to=${later}`)).toMatchObject({
		state: 'ready',
		includeDrafts: false,
		from: { id: published, name: 'Published', status: 'published' },
		to: { id: later, name: 'Later', status: 'published' },
	})
})

describe('a choice that names no edition', () => {
	// The queries are made once the editions exist, after the table is read.
	test.each([
		['nothing chosen', () => '?from=&to=', { from: [FROM_MISSING], to: [TO_MISSING] }],
		['one side missing', () => `?from=${published}`, { to: [TO_MISSING] }],
		['words', () => `?from=abc&to=${published}`, { from: [FROM_MISSING] }],
		['a negative id', () => `?from=-1&to=${published}`, { from: [FROM_MISSING] }],
		['a fraction', () => `?from=1.5&to=${published}`, { from: [FROM_MISSING] }],
		['a huge number', () => `?from=${published}&to=99999999999999999999`, { to: [TO_MISSING] }],
		['the same edition twice', () => `?from=${published}&to=${published}`, { to: [SAME_EDITION] }],
	])('%s is a 400 with a message against the field', (_, query, errors) => {
		expect(refusal(query())).toEqual({ status: 400, errors })
	})

	test('an edition that does not exist is not found', () => {
		expect(refusal(`?from=999999&to=${published}`)).toEqual({ status: 404, errors: { from: [FROM_NOT_FOUND] } })
		expect(refusal(`?from=999998&to=999999`)).toEqual({
			status: 404,
			errors: { from: [FROM_NOT_FOUND], to: [TO_NOT_FOUND] },
		})
	})
})

describe('a draft', () => {
	test('is not found for the public, nor for a contract manager', () => {
		expect(refusal(`?from=${published}&to=${draft}`)).toEqual({ status: 404, errors: { to: [TO_NOT_FOUND] } })
		expect(refusal(`?from=${draft}&to=${published}`, managerToken)).toEqual({
			status: 404,
			errors: { from: [FROM_NOT_FOUND] },
		})
	})

	test('is compared for an administrator', () => {
		expect(ask(`?from=${published}&to=${draft}`, adminToken)).toMatchObject({
			state: 'ready',
			includeDrafts: true,
			from: { id: published, name: 'Published', status: 'published' },
			to: { id: draft, name: 'Draft', status: 'draft' },
		})
	})
})

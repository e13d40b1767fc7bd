import { asc, eq, sql } from 'drizzle-orm'
import { db, preparedQuery, type DbOrTx } from '#db/client.server.ts'
import { councils, organisations, tomsUnits } from '#db/schema.ts'
import { normaliseHost, shortNameFor, slugFor } from '#app/domain/councils/council-identity.ts'
import { standardUnits } from '#app/domain/councils/standard-units.ts'
import { getEnv } from '#app/infra/env.server.ts'

/** A council the deployment serves: everything it owns carries its id (ADR 026). */
export type Council = {
	id: number
	name: string
	shortName: string
	slug: string
	host: string | null
}

const councilColumns = {
	id: councils.id,
	name: organisations.name,
	shortName: councils.shortName,
	slug: councils.slug,
	host: councils.host,
}

// Every request asks which council it is for: the list is short and read on every page.
const allCouncilsQuery = preparedQuery((connection) =>
	connection
		.select(councilColumns)
		.from(councils)
		.innerJoin(organisations, eq(organisations.id, councils.id))
		.orderBy(asc(councils.id))
		.prepare(),
)

/** Every council of the deployment, the first made first. */
export function listCouncils(tx: DbOrTx = db): Council[] {
	if (tx === db) return allCouncilsQuery().all()
	return tx
		.select(councilColumns)
		.from(councils)
		.innerJoin(organisations, eq(organisations.id, councils.id))
		.orderBy(asc(councils.id))
		.all()
}

export function councilById(id: number, tx: DbOrTx = db): Council | undefined {
	return listCouncils(tx).find((council) => council.id === id)
}

/** The council a deployment with one council serves, and the one a request naming none falls to. */
export function firstCouncil(tx: DbOrTx = db): Council | undefined {
	return listCouncils(tx)[0]
}

/**
 * The council a request is for when nobody's sign-in says so: the one whose own host name it
 * came to, else the first. A deployment with one council needs no configuration.
 */
export function councilForHost(host: string | null, tx: DbOrTx = db): Council | undefined {
	const all = listCouncils(tx)
	if (host) {
		const wanted = normaliseHost(host)
		const own = all.find((council) => council.host === wanted)
		if (own) return own
	}
	return all[0]
}

export type NewCouncil = { name: string; shortName?: string; slug?: string; host?: string | null }

/**
 * Makes a council: its organisation, its settings (the defaults, until its administrator saves
 * them) and the standard units, which become its own to rename and add to.
 */
export function createCouncil(tx: DbOrTx, input: NewCouncil, now: number): Council {
	const name = input.name.trim()
	const organisation = tx
		.insert(organisations)
		.values({ kind: 'council', name, createdAt: now })
		.returning({ id: organisations.id })
		.get()
	const slug = input.slug ?? uniqueSlug(tx, slugFor(name) || `council-${organisation.id}`)
	tx.insert(councils)
		.values({
			id: organisation.id,
			slug,
			shortName: input.shortName?.trim() || shortNameFor(name),
			host: input.host ? normaliseHost(input.host) : null,
			version: 0,
			createdAt: now,
			updatedAt: now,
		})
		.run()
	tx.insert(tomsUnits)
		.values(
			standardUnits.map((unit) => ({
				...unit,
				councilId: organisation.id,
				code: unit.key,
				createdAt: now,
				updatedAt: now,
			})),
		)
		.run()
	return councilById(organisation.id, tx)!
}

function uniqueSlug(tx: DbOrTx, base: string): string {
	const taken = new Set(
		tx
			.select({ slug: councils.slug })
			.from(councils)
			.where(sql`${councils.slug} = ${base} or ${councils.slug} like ${base + '-%'}`)
			.all()
			.map((row) => row.slug),
	)
	if (!taken.has(base)) return base
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

/**
 * A deployment always serves at least one council: an empty database gets one, named as the
 * deployment's COUNCIL_NAME says, so a single-council deployment needs nothing set up.
 */
export function ensureCouncil(name: string, now: number): Council {
	return db.transaction((tx) => firstCouncil(tx) ?? createCouncil(tx, { name }, now))
}

/**
 * The name on pages and mail that are no one council's (a supplier's account): with one
 * council, its name; with several, DEPLOYMENT_NAME, else the first council's.
 */
export function deploymentName(): string {
	const all = listCouncils()
	if (all.length === 1) return all[0]!.name
	return getEnv().DEPLOYMENT_NAME ?? all[0]?.name ?? getEnv().COUNCIL_NAME
}

/** The name someone of this organisation knows the service by: their own council's, if they are its staff. */
export function nameSeenBy(organisationId: number): string {
	return councilById(organisationId)?.name ?? deploymentName()
}

/**
 * The name a page's header carries: a council's staff see their own council's; anyone else
 * sees the council whose own host name the page came to, else the deployment's.
 */
export function headerNameFor(request: Request, user: { role: string; organisationId: number } | null): string {
	if (user && user.role !== 'supplier') return nameSeenBy(user.organisationId)
	const host = new URL(request.url).host
	const own = listCouncils().find((council) => council.host !== null && council.host === normaliseHost(host))
	return own?.name ?? deploymentName()
}

export function councilBySlug(slug: string): Council | undefined {
	return listCouncils().find((council) => council.slug === slug)
}

/**
 * The council a public page is for: the one its path names ("/c/<slug>/…", an unknown slug is
 * not found), else the one whose own host name it came to, else the first. A deployment with
 * one council needs neither.
 */
export function publicCouncil(
	request: Request,
	params: { councilSlug?: string; [param: string]: string | undefined },
): Council {
	if (params.councilSlug !== undefined) {
		const named = councilBySlug(params.councilSlug)
		if (!named) throw new Response('Not found', { status: 404 })
		return named
	}
	const council = councilForHost(new URL(request.url).host)
	if (!council) throw new Error('The deployment has no council')
	return council
}

/**
 * One instance per process. The server entry and the built app bundle each load their own
 * copy of our modules; keeping shared things (the database connection, the outbox wake-up
 * signal) on globalThis makes both copies use the same one.
 */
export function singleton<T>(name: string, create: () => T): T {
	const store = globalThis as unknown as Record<symbol, T | undefined>
	const key = Symbol.for(`golden-thread:${name}`)
	store[key] ??= create()
	return store[key]
}

export function dropSingleton(name: string) {
	delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(`golden-thread:${name}`)]
}

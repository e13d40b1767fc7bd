// Every table, by area. drizzle-kit and the app read them all from here.
export * from './schema/identity.ts'
export * from './schema/toms.ts'
export * from './schema/tenders.ts'
export * from './schema/contracts.ts'
export * from './schema/maturity.ts'
export * from './schema/content-version.ts'

import fs from 'node:fs'
import path from 'node:path'

// Every run starts from an empty database and mail folder.
const databasePath = process.env.DATABASE_PATH
if (!databasePath) throw new Error('DATABASE_PATH must be set by playwright.config.ts')
fs.rmSync(path.dirname(databasePath), { recursive: true, force: true })

// The production build, as `npm run serve` runs it (built by the webServer command first).
await import(path.resolve('build/runtime/index.js'))

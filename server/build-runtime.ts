// Compiles the server's own TypeScript (the entry, the web processes, the reminders and
// backup commands, and what they import from app/ and db/) into build/runtime, so production
// runs plain JavaScript with Node alone. Run after `react-router build` by `npm run build`.
// Packages in node_modules stay as they are.
import path from 'node:path'
import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

await build({
	absWorkingDir: root,
	entryPoints: ['server/index.ts', 'server/web-worker.ts', 'server/reminders.ts', 'server/backup.ts'],
	outdir: 'build/runtime',
	bundle: true,
	// Code loaded only by some processes (the demo data, the web server) stays in chunks of
	// its own, loaded when first imported; the commands share the chunks they have in common.
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	packages: 'external',
	sourcemap: 'linked',
	logLevel: 'warning',
})

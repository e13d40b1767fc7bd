import os from 'node:os'
import { defineConfig } from 'vitest/config'

const pureTests = ['app/domain/**/*.test.{ts,tsx}', 'app/components/**/*.test.{ts,tsx}', 'lint/**/*.test.ts']

export default defineConfig({
	test: {
		globalSetup: ['./tests/template-database.ts'],
		setupFiles: ['./tests/setup-unit.ts'],
		environment: 'node',
		// Worker threads start faster than child processes and cost about a seventh less CPU over
		// the suite; each file still gets its own thread, environment variables and database.
		pool: 'threads',
		// Vitest leaves one core to its main process, which mostly waits while files run: on
		// two cores that ran one file at a time.
		maxWorkers: os.availableParallelism(),
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/unit-report.json' },
		projects: [
			{
				extends: true,
				test: {
					name: 'rules and components',
					include: pureTests,
					// Pure rules and components keep no state between files, so their files share one
					// module registry per worker instead of loading React and zod afresh for each.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'services and pages',
					include: ['app/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'emails/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
					exclude: pureTests,
				},
			},
		],
	},
})

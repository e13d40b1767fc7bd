import os from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['app/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'emails/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
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
	},
})

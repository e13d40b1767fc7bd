import { defineConfig } from 'vitest/config'

export default defineConfig({
	test: {
		include: ['app/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'emails/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
		globalSetup: ['./tests/template-database.ts'],
		setupFiles: ['./tests/setup-unit.ts'],
		environment: 'node',
		pool: 'forks',
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'test-results/unit-report.json' },
	},
})

import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const dataDir = path.resolve('test-results/e2e-data')

// The test process and the server share these, so fixtures can write straight to the
// database the server reads and read the mail it writes.
process.env.DATABASE_PATH = path.join(dataDir, 'golden-thread.db')
process.env.MAIL_DIR = path.join(dataDir, 'mail')
process.env.EVIDENCE_DIR = path.join(dataDir, 'evidence')
process.env.APP_URL = `http://localhost:${PORT}`
process.env.COUNCIL_NAME = 'Exampleshire Council'

function systemChromium(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
	return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)))
}

const executablePath = systemChromium()

export default defineConfig({
	testDir: './e2e',
	// Playwright empties its output folder on start; keep it apart from the other reports.
	outputDir: 'test-results/playwright',
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// Playwright cannot download its own browser here; use the system one when present.
				launchOptions: executablePath
					? {
							executablePath,
							args: [
								'--no-sandbox',
								'--disable-gpu',
								'--disable-background-networking',
								'--disable-component-update',
								'--disable-sync',
								'--no-first-run',
								'--disable-quic',
							],
						}
					: {},
			},
		},
	],
	webServer: {
		command: 'npm run build && tsx e2e/server.ts',
		url: `http://localhost:${PORT}/healthz`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'pipe',
		env: {
			DATABASE_PATH: process.env.DATABASE_PATH,
			MAIL_DIR: process.env.MAIL_DIR,
			EVIDENCE_DIR: process.env.EVIDENCE_DIR,
			// The journeys run reminders themselves, at the moment they choose.
			REMINDER_INTERVAL_MINUTES: '0',
			APP_URL: process.env.APP_URL,
			COUNCIL_NAME: process.env.COUNCIL_NAME,
			NODE_ENV: 'production',
			PORT: String(PORT),
			SEED_DEMO_DATA: 'false',
			// Errors only: a line for every request of the suite would bury them.
			LOG_LEVEL: 'warn',
		},
	},
})

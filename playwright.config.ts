import fs from 'node:fs'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

// Each worker has a production server and a database of its own: worker n uses port
// E2E_PORT + n, so journeys in different files never see each other's data.
const FIRST_PORT = Number(process.env.E2E_PORT ?? 3100)
const WORKERS = Number(process.env.E2E_WORKERS ?? 2)

function serverOf(worker: number) {
	const port = FIRST_PORT + worker
	const dataDir = path.resolve('test-results/e2e-data', `worker-${worker}`)
	return {
		port,
		url: `http://localhost:${port}`,
		env: {
			DATABASE_PATH: path.join(dataDir, 'golden-thread.db'),
			MAIL_DIR: path.join(dataDir, 'mail'),
			EVIDENCE_DIR: path.join(dataDir, 'evidence'),
			APP_URL: `http://localhost:${port}`,
			COUNCIL_NAME: 'Exampleshire Council',
		},
	}
}

// Playwright loads this file again in every worker, with TEST_PARALLEL_INDEX set. The test
// process and its server share these, so fixtures can write straight to the database the
// server reads and read the mail it writes.
const own = serverOf(Number(process.env.TEST_PARALLEL_INDEX ?? 0))
Object.assign(process.env, own.env)

function systemChromium(): string | undefined {
	// Debian's headless shell is Chromium without its windowing layer: the same engine for a
	// quarter less work per page, so it is preferred where it is installed.
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium-headless-shell',
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
	]
	return candidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)))
}

const executablePath = systemChromium()

export default defineConfig({
	testDir: './e2e',
	// Playwright empties its output folder on start; keep it apart from the other reports.
	outputDir: 'test-results/playwright',
	fullyParallel: false,
	workers: WORKERS,
	forbidOnly: Boolean(process.env.CI),
	// Recording a trace costs about a fifth of the browser tests' time, so a failed test is run
	// once more to record one. It still fails the run: a test that passes only on its retry
	// is flaky, and flaky fails.
	retries: 1,
	failOnFlakyTests: true,
	timeout: 30_000,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]] : [['list']],
	use: {
		baseURL: own.url,
		trace: 'on-first-retry',
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
	// The first command builds the app (unless `npm test` has just built it, E2E_BUILT=true);
	// Playwright starts the servers one after another.
	webServer: Array.from({ length: WORKERS }, (_, worker) => {
		const server = serverOf(worker)
		const build = worker === 0 && process.env.E2E_BUILT !== 'true'
		return {
			command: build ? 'npm run build && tsx e2e/server.ts' : 'tsx e2e/server.ts',
			url: `${server.url}/healthz`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'pipe' as const,
			env: {
				...server.env,
				// The journeys run reminders themselves, at the moment they choose.
				REMINDER_INTERVAL_MINUTES: '0',
				NODE_ENV: 'production',
				PORT: String(server.port),
				SEED_DEMO_DATA: 'false',
				// Errors only: a line for every request of the suite would bury them.
				LOG_LEVEL: 'warn',
			},
		}
	}),
})

import path from 'node:path'
import { z } from 'zod'

const booleanString = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((value) => value === 'true' || value === '1' || value === 'yes')

const envSchema = z
	.object({
		NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
		PORT: z.coerce.number().int().min(1).max(65535).default(3000),
		APP_URL: z.url({ protocol: /^https?$/ }).optional(),
		DATABASE_PATH: z.string().min(1).default('data/golden-thread.db'),
		MAIL_DIR: z.string().min(1).default('data/mail'),
		EVIDENCE_DIR: z.string().min(1).default('data/evidence'),
		SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
		MAIL_FROM: z.string().min(3).default('Golden Thread <no-reply@golden-thread.localhost>'),
		COUNCIL_NAME: z.string().trim().min(1).max(100).default('Exampleshire Council'),
		/** The name of a deployment serving several councils, on pages and mail that are no one council's. */
		DEPLOYMENT_NAME: z.string().trim().min(1).max(100).optional(),
		SEED_DEMO_DATA: booleanString.default(true),
		TRUST_PROXY: booleanString.default(false),
		REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
		OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(3).max(600).default(30),
		WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	})
	.transform((env) => {
		const appUrl = new URL(env.APP_URL ?? `http://localhost:${env.PORT}`)
		return {
			...env,
			APP_URL: appUrl.origin,
			isProduction: env.NODE_ENV === 'production',
			isHttps: appUrl.protocol === 'https:',
			databasePath: path.resolve(env.DATABASE_PATH),
			mailDir: path.resolve(env.MAIL_DIR),
			evidenceDir: path.resolve(env.EVIDENCE_DIR),
		}
	})
	.superRefine((env, ctx) => {
		const host = new URL(env.APP_URL).hostname
		const local = host === 'localhost' || host === '127.0.0.1' || host === '[::1]'
		if (env.isProduction && !env.isHttps && !local) {
			ctx.addIssue({
				code: 'custom',
				path: ['APP_URL'],
				message: 'must use https in production (sign-in cookies are only sent over https)',
			})
		}
	})

export type Env = z.output<typeof envSchema>

/** Reads the environment; throws one readable error listing every bad variable. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
	// An empty variable (FOO=) means "not set", as in most .env tooling.
	const cleaned = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''))
	const result = envSchema.safeParse(cleaned)
	if (!result.success) {
		const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`)
		throw new Error(`Invalid environment variables:\n${lines.join('\n')}`)
	}
	return result.data
}

let cached: Env | undefined

export function getEnv(): Env {
	cached ??= parseEnv(process.env)
	return cached
}

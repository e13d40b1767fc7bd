import pino, { type DestinationStream, type Logger } from 'pino'
import { getEnv, type Env } from './env.server.ts'
import { singleton } from './singleton.server.ts'

export type { Logger }

/**
 * A logger that writes one JSON object a line: the level by name, the time in ISO form and
 * the process id (which of the web processes). Errors passed as `err` carry their stack.
 */
export function createLogger(level: Env['LOG_LEVEL'], destination?: DestinationStream): Logger {
	return pino(
		{
			level,
			base: { pid: process.pid },
			timestamp: pino.stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) },
		},
		destination,
	)
}

/** The process's log, on standard output, at LOG_LEVEL: under systemd, journald keeps it. */
export function logger(): Logger {
	return singleton('logger', () => createLogger(getEnv().LOG_LEVEL))
}

/** Logs something that went wrong and should not have, with its stack. */
export function logError(message: string, error: unknown, fields: Record<string, unknown> = {}, log = logger()) {
	log.error({ ...fields, err: error }, message)
}

/** How `npm run bench` runs: how much data, how long each page is loaded, and where the server listens. */
export type BenchOptions = {
	/** 1 is the full dataset (500 contracts); 0.2 a fifth of it, for a quick run. */
	scale: number
	/** Seconds each page is measured for, after the warm-up. */
	duration: number
	/** Seconds each page is loaded before it is measured, so the timings are of a warm server. */
	warmup: number
	connections: number
	port: number
	/** Keep the temporary database and mail folder afterwards, to look into them. */
	keep: boolean
	/** Web processes for the server (WEB_CONCURRENCY); null leaves the production default, one per core. */
	processes: number | null
}

export const defaultBenchOptions: BenchOptions = {
	scale: 1,
	duration: 5,
	warmup: 1,
	connections: 10,
	port: 3400,
	keep: false,
	processes: null,
}

const limits = {
	scale: { min: 0.01, max: 20, integer: false },
	duration: { min: 1, max: 120, integer: true },
	warmup: { min: 0, max: 60, integer: true },
	connections: { min: 1, max: 1000, integer: true },
	port: { min: 1024, max: 65535, integer: true },
	processes: { min: 1, max: 64, integer: true },
} as const

type NumericOption = keyof typeof limits

function isNumericOption(name: string): name is NumericOption {
	return Object.hasOwn(limits, name)
}

/** Reads `--scale 0.2`, `--duration=3`, `--keep` and the like; anything else is an error, not a silent default. */
export function parseBenchArgs(argv: string[]): BenchOptions {
	const options = { ...defaultBenchOptions }
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!
		if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}"`)
		const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
		if (name === 'keep') {
			options.keep = true
			continue
		}
		if (!isNumericOption(name)) throw new Error(`Unknown option --${name}`)
		const raw = inline ?? argv[++i]
		if (raw === undefined) throw new Error(`--${name} needs a value`)
		const value = Number(raw)
		const limit = limits[name]
		if (
			raw.trim() === '' ||
			!Number.isFinite(value) ||
			value < limit.min ||
			value > limit.max ||
			(limit.integer && !Number.isInteger(value))
		) {
			throw new Error(
				`--${name} must be ${limit.integer ? 'a whole number' : 'a number'} from ${limit.min} to ${limit.max}, not "${raw}"`,
			)
		}
		options[name] = value
	}
	return options
}

import { describe, expect, test } from 'vitest'
import { defaultBenchOptions, parseBenchArgs } from './args.ts'

describe('parseBenchArgs', () => {
	test('no arguments gives the defaults', () => {
		expect(parseBenchArgs([])).toEqual(defaultBenchOptions)
	})

	test('reads values given after the option or after an equals sign', () => {
		expect(parseBenchArgs(['--scale', '0.2', '--duration=3', '--port', '3456', '--keep', '--processes', '1'])).toEqual({
			...defaultBenchOptions,
			scale: 0.2,
			duration: 3,
			port: 3456,
			keep: true,
			processes: 1,
		})
	})

	test.each([
		[['--scale'], '--scale needs a value'],
		[['--scale', 'big'], '--scale must be a number from 0.01 to 20, not "big"'],
		[['--scale', '0'], '--scale must be a number from 0.01 to 20, not "0"'],
		[['--duration', '2.5'], '--duration must be a whole number from 1 to 120, not "2.5"'],
		[['--port', '80'], '--port must be a whole number from 1024 to 65535, not "80"'],
		[['--processes', '0'], '--processes must be a whole number from 1 to 64, not "0"'],
		[['--fast'], 'Unknown option --fast'],
		[['0.2'], 'Unexpected argument "0.2"'],
	])('%j is refused', (argv, message) => {
		expect(() => parseBenchArgs(argv)).toThrow(message)
	})
})

import { describe, expect, it } from 'vitest'
import { webProcessCount } from './web-processes.ts'

describe('webProcessCount', () => {
	it('runs one process per core in production unless told otherwise', () => {
		expect(webProcessCount({ requested: undefined, production: true, cpus: 4 })).toBe(4)
		expect(webProcessCount({ requested: 1, production: true, cpus: 4 })).toBe(1)
		expect(webProcessCount({ requested: 3, production: true, cpus: 2 })).toBe(3)
	})

	it('never asks for fewer than one', () => {
		expect(webProcessCount({ requested: undefined, production: true, cpus: 0 })).toBe(1)
	})

	it('runs one process in development, whatever is asked', () => {
		expect(webProcessCount({ requested: 4, production: false, cpus: 8 })).toBe(1)
	})
})

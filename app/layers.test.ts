import path from 'node:path'
import { expect, test } from 'vitest'
import { importCycles, importsOf, projectModules } from '#tests/module-graph.ts'

const relative = (file: string) => path.relative('.', file)

test('no module imports, however indirectly, a module that imports it', () => {
	const cycles = importCycles(projectModules(['app', 'db', 'emails', 'server']))
	expect(cycles.map((cycle) => cycle.map(relative).join(' → '))).toEqual([])
})

/**
 * Each layer imports only from the layers below it: rules (app/domain) from nothing that does
 * I/O; infrastructure (app/infra) from neither services nor pages; services (app/lib) from no
 * page; and only pages and their helpers live under app/routes.
 */
test.each([
	['app/domain', /^app\/(lib|infra|routes|components)\/|^db\/client|^emails\//],
	['app/infra', /^app\/(lib|routes|components)\/|^emails\//],
	['app/lib', /^app\/routes\//],
	['emails', /^app\/(lib|routes)\//],
])('%s imports nothing from the layers above it', (folder, above) => {
	const wrong = projectModules([folder]).flatMap((module) =>
		importsOf(module)
			.map(relative)
			.filter((target) => above.test(target))
			.map((target) => `${relative(module)} imports ${target}`),
	)
	expect(wrong).toEqual([])
})

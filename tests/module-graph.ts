import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** The module names `file` imports or re-exports at run time (type-only imports vanish when built). */
function runtimeSpecifiers(file: string): string[] {
	const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
	return source.statements.flatMap((statement) => {
		if (ts.isImportDeclaration(statement)) {
			const clause = statement.importClause
			const typeOnly =
				clause !== undefined &&
				(clause.isTypeOnly ||
					(clause.name === undefined &&
						clause.namedBindings !== undefined &&
						ts.isNamedImports(clause.namedBindings) &&
						clause.namedBindings.elements.length > 0 &&
						clause.namedBindings.elements.every((element) => element.isTypeOnly)))
			return typeOnly ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text]
		}
		if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly)
			return [(statement.moduleSpecifier as ts.StringLiteral).text]
		return []
	})
}

/** The project's own modules that `file` loads directly at run time, as absolute paths. */
export function importsOf(file: string): string[] {
	return runtimeSpecifiers(file).flatMap((fileName) => {
		const subpath = /^#(app|db|emails|server|tests)\/(.*)$/.exec(fileName)
		if (subpath) return [path.resolve(subpath[1]!, subpath[2]!)]
		if (fileName.startsWith('.')) return [path.resolve(path.dirname(file), fileName)]
		return []
	})
}

/** Every module of the project that `file` loads, directly or through others. */
export function modulesLoadedBy(file: string, seen = new Set<string>()): Set<string> {
	for (const target of importsOf(file)) {
		if (seen.has(target)) continue
		seen.add(target)
		modulesLoadedBy(target, seen)
	}
	return seen
}

/** The project's TypeScript modules under `folders`, tests left out, as absolute paths. */
export function projectModules(folders: string[]): string[] {
	return folders.flatMap((folder) =>
		fs
			.readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.includes('migrations'))
			.map((name) => path.resolve(folder, name)),
	)
}

/** Each import cycle among `modules`, as the modules around it; none when the graph is a tree. */
export function importCycles(modules: string[]): string[][] {
	const cycles: string[][] = []
	const state = new Map<string, 'visiting' | 'done'>()
	const stack: string[] = []
	function visit(module: string) {
		state.set(module, 'visiting')
		stack.push(module)
		for (const target of importsOf(module)) {
			if (!fs.existsSync(target)) continue
			if (state.get(target) === 'visiting') cycles.push(stack.slice(stack.indexOf(target)))
			else if (!state.has(target)) visit(target)
		}
		stack.pop()
		state.set(module, 'done')
	}
	for (const module of modules) if (!state.has(module)) visit(module)
	return cycles
}

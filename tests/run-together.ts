// Runs shell commands at the same time, printing each one's output whole once it ends, and
// fails if any of them fails. `npm test` runs its single-core checks side by side with it.
import { spawn } from 'node:child_process'

function run(command: string): Promise<boolean> {
	return new Promise((resolve) => {
		const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
		const output: Buffer[] = []
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
		child.on('close', (code) => {
			process.stdout.write(`\n> ${command}\n${Buffer.concat(output).toString()}`)
			if (code !== 0) process.stdout.write(`\nFailed (exit code ${code}): ${command}\n`)
			resolve(code === 0)
		})
	})
}

const results = await Promise.all(process.argv.slice(2).map(run))
process.exitCode = results.every(Boolean) ? 0 : 1

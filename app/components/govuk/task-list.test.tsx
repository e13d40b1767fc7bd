import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { fixtureCases, normaliseHtml } from './fixture-test-utils.ts'
import { TaskList, type TaskListProps } from './task-list.tsx'

describe('TaskList', () => {
	it.each(fixtureCases<TaskListProps>('task-list'))('matches the "$name" fixture', ({ options, html }) => {
		expect(normaliseHtml(renderToStaticMarkup(<TaskList {...options} />))).toBe(normaliseHtml(html))
	})
})

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createRoutesStub } from 'react-router'
import { afterEach, expect, test, vi } from 'vitest'
import { GeneralErrorBoundary } from './error-boundary.tsx'

afterEach(cleanup)

function renderFailingRoute(failure: () => never) {
	const Stub = createRoutesStub([
		{
			path: '/',
			Component: () => null,
			loader: failure,
			ErrorBoundary: GeneralErrorBoundary,
			HydrateFallback: () => null,
		},
	])
	render(<Stub />)
}

test('an unexpected error shows the 500 page without details', async () => {
	// The boundary logs the error for developers; that is expected here.
	const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
	renderFailingRoute(() => {
		throw new Error('database is on fire')
	})
	expect(await screen.findByRole('heading', { name: 'Sorry, there is a problem with the service' })).toBeTruthy()
	expect(document.body.textContent).not.toContain('database is on fire')
	expect(logged).toHaveBeenCalled()
})

test('a 403 shows the permission page', async () => {
	renderFailingRoute(() => {
		throw new Response('no', { status: 403 })
	})
	expect(await screen.findByRole('heading', { name: 'You do not have permission to see this page' })).toBeTruthy()
})

test('a 404 shows the not found page', async () => {
	renderFailingRoute(() => {
		throw new Response('no', { status: 404 })
	})
	expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy()
})

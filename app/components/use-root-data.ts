import { useRouteLoaderData } from 'react-router'
import type { loader } from '#app/root.tsx'

export function useRootData() {
	return useRouteLoaderData<typeof loader>('root')
}

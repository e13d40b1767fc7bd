import { useMemo } from 'react'
import { catalogueOf, type UnitCatalogue } from '#app/domain/toms/units.ts'
import { useRootData } from './use-root-data.ts'

/** The council's units, which every page has from the root: whatever shows a quantity reads its unit here. */
export function useUnits(): UnitCatalogue {
	const units = useRootData()?.units
	return useMemo(() => catalogueOf(Object.values(units ?? {})), [units])
}

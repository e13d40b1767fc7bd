/** How much the benchmark seeds at scale 1: a large council's few years of social value. */
export const fullSize = { measures: 200, tenders: 300, suppliers: 2000, contracts: 500 } as const

export type BenchSizes = {
	measures: number
	/** Tenders open or in evaluation, besides the one behind each contract. */
	tenders: number
	suppliers: number
	contracts: number
	commitmentsPerContract: number
	/** Quarterly periods over a contract's 30 months, each with a return. */
	periodsPerContract: number
	/** Lines in the matrix a supplier edits, and in each matrix the council reviews and compares. */
	matrixLines: number
	/** Submitted matrices on the tender whose comparison is loaded. */
	comparedMatrices: number
	/** Suppliers holding the contracts: ten contracts each at scale 1. */
	incumbents: number
}

/**
 * The sizes for a scale. Whatever the scale, there are enough measures for a full-length
 * matrix and enough suppliers for its comparison, so every benchmarked page has something
 * to show.
 */
export function benchSizes(scale: number): BenchSizes {
	if (!(scale > 0)) throw new RangeError(`Scale must be more than 0, not ${scale}`)
	const scaled = (n: number, min: number) => Math.max(min, Math.round(n * scale))
	const matrixLines = 50
	const comparedMatrices = 20
	const suppliers = scaled(fullSize.suppliers, comparedMatrices + 1)
	return {
		measures: scaled(fullSize.measures, matrixLines),
		tenders: scaled(fullSize.tenders, 2),
		suppliers,
		contracts: scaled(fullSize.contracts, 1),
		commitmentsPerContract: 10,
		periodsPerContract: 10,
		matrixLines,
		comparedMatrices,
		incumbents: Math.min(50, suppliers),
	}
}

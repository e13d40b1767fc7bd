/** Confirmed by the supplier on submission; the council's ethical sourcing expectations. */
export const ethicalSourcingDeclarations = [
	'We comply with the Modern Slavery Act 2015 and check our supply chain for modern slavery',
	'We meet our health and safety duties and will on this contract',
	'We do not use child labour, and neither do our suppliers',
	'We employ people fairly: at least the legal minimum wage, and no unfair zero-hours contracts',
	'We comply with the Equality Act 2010',
] as const

/**
 * How a council is named in addresses: a slug for the path prefix on a shared host
 * ("/c/northshire") and the short name people say. Pure, so the form and the service agree.
 */

/** "Royal Borough of Northshire & Dale" → "royal-borough-of-northshire-dale". */
export function slugFor(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/g, '')
}

/** "Northshire County Council" → "Northshire County"; a name without "Council" stays as it is. */
export function shortNameFor(name: string): string {
	const short = name.replace(/\s+council$/i, '').trim()
	return short.length > 0 ? short : name.trim()
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A host name as a browser sends it, without port: "sv.northshire.gov.uk". */
export function normaliseHost(host: string): string {
	return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
}

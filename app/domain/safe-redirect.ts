const BASE = 'http://portal.invalid'

/**
 * Only same-site paths may be redirected to after sign-in, so a crafted link cannot send
 * a freshly signed-in user to another site. The path is read as a browser reads a Location
 * header (tabs and line breaks dropped, backslashes taken as slashes), so "/\t/evil.example"
 * cannot pass for a path, and what comes back is that reading, which no header can choke on.
 */
export function safeRedirectPath(target: unknown, fallback: string): string {
	if (typeof target !== 'string' || !target.startsWith('/')) return fallback
	let url: URL
	try {
		url = new URL(target, BASE)
	} catch {
		return fallback
	}
	if (url.origin !== BASE) return fallback
	return url.pathname + url.search + url.hash
}

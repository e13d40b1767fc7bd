/**
 * Only same-site paths may be redirected to after sign-in, so a crafted link cannot send
 * a freshly signed-in user to another site.
 */
export function safeRedirectPath(target: unknown, fallback: string): string {
	if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return fallback
	}
	return target
}

/** The largest evidence file a supplier may attach: also named on the error page, so kept apart from the file checks. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
export const MAX_EVIDENCE_MEGABYTES = MAX_EVIDENCE_BYTES / (1024 * 1024)

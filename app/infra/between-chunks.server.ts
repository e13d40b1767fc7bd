/**
 * Lets the process answer other requests before a download's next chunk is made. A client
 * reading fast over a short, quick network never makes the response wait for it, so without
 * this a download's chunks would follow one another with nothing in between, and every
 * other page would wait for the whole file.
 */
export function betweenChunks(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve))
}

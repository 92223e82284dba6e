import "server-only";

/**
 * A web ReadableStream that asks the generator for the next chunk only when the reader
 * wants one, so a slow download holds back the database reads instead of buffering rows.
 */
export function pullStream(chunks: AsyncGenerator<Uint8Array>, onError?: (error: unknown) => void): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        onError?.(error);
        controller.error(error);
      }
    },
    // The browser gave up (cancelled download): stop reading the database.
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * Runs a generator up to its first value now, and hands back one that yields that value and
 * then the rest. An export awaits this before it returns its Response: the first query then
 * runs before any byte is sent, so a failure there is a proper status and message, not a
 * download cut off after its headers (later batches can still fail mid-way, and are logged).
 */
export async function started<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  async function* resumed(): AsyncGenerator<T> {
    try {
      if (first.done) return;
      yield first.value;
      yield* source;
    } finally {
      await source.return(undefined);
    }
  }
  return resumed();
}

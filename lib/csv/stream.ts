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

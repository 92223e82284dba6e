/** Runs one named step and reports how long it took; returns its result. */
export async function timed<T>(label: string, step: () => Promise<T>, log: (line: string) => void = console.log): Promise<T> {
  const started = performance.now();
  const result = await step();
  log(`${label.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
  return result;
}

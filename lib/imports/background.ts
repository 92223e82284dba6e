import "server-only";
import { after } from "next/server";

// Imports run after the response of the action that starts them, so no HTTP request waits
// minutes for a large file. Their state lives in import_jobs, not here; this set only lets
// scripts and tests wait for the runs they started.
const holder = globalThis as typeof globalThis & { __crmImportRuns?: Set<Promise<void>> };
const running = (holder.__crmImportRuns ??= new Set());

function track(task: () => Promise<void>): Promise<void> {
  const run = task().catch((error: unknown) => console.error("[import-run]", error));
  running.add(run);
  void run.finally(() => running.delete(run));
  return run;
}

export function runAfterResponse(task: () => Promise<void>): void {
  try {
    after(() => track(task));
  } catch {
    // Outside a request (scripts, tests): start it now, in the background.
    void track(task);
  }
}

/** Waits until every run started in this process has finished. */
export async function settleImportRuns(): Promise<void> {
  while (running.size > 0) await Promise.all([...running]);
}

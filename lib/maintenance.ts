import "server-only";
import { pruneThrottle } from "@/lib/auth/throttle";
import { expireAbandonedUploads } from "@/lib/imports/retention";

const EVERY_MS = 15 * 60 * 1000;
const holder = globalThis as typeof globalThis & { __crmMaintenance?: NodeJS.Timeout };

async function sweep(): Promise<void> {
  try {
    await expireAbandonedUploads();
    await pruneThrottle();
  } catch (error) {
    console.error("[maintenance]", error);
  }
}

/**
 * Housekeeping every app server does on its own (each step is idempotent, so several
 * servers may overlap): abandoned import files, and sign-in counters that no longer count.
 * Uploads also expire files before they store one, so a quiet server loses nothing by it.
 */
export function startMaintenance(): void {
  if (holder.__crmMaintenance) return;
  holder.__crmMaintenance = setInterval(() => void sweep(), EVERY_MS);
  holder.__crmMaintenance.unref();
  void sweep();
}

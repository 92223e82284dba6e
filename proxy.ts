import type { NextRequest } from "next/server";
import { isDatabaseMarkedDown } from "@/lib/db/outage-flag";
import { refuseMalformedAction } from "@/lib/http/action-guard";
import { databaseUnavailablePage } from "@/lib/http/unavailable-page";

/**
 * In front of every page and server action:
 * - a server action with an oversized body or another site's Origin gets a clear 413 / 403
 *   (Next.js would answer 500 before any app code runs);
 * - while this process knows the database is unreachable (lib/db/outage-watch.ts), a page
 *   request gets the Japanese 503 page at once instead of a render that waits and fails.
 *   The flag lives in process memory: `next start` runs this proxy in the process of the
 *   pages. Where it would not (a proxy deployed apart), the flag is never set and pages
 *   fall back to their error page. Server actions and route handlers answer for themselves.
 */
export function proxy(request: NextRequest): Response | undefined {
  const refusal = refuseMalformedAction(request);
  if (refusal) return refusal;
  if (!isDatabaseMarkedDown()) return undefined;
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  return databaseUnavailablePage();
}

export const config = {
  // Pages and actions only: not Next's assets, not the API (health reports for itself), not icons.
  matcher: ["/((?!_next/|api/|favicon\\.ico|icon|apple-icon).*)"],
};

import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseMarkedDown } from "@/lib/db/outage-flag";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { refuseMalformedAction } from "@/lib/http/action-guard";
import { databaseUnavailablePage } from "@/lib/http/unavailable-page";

/**
 * In front of every page and server action. Never a guard: pages and lib/ authorize by
 * themselves.
 * - A server action with an oversized body or another site's Origin gets a clear 413 / 403
 *   (Next.js would answer 500 before any app code runs).
 * - While this process knows the database is unreachable (lib/db/outage-watch.ts), a page
 *   request gets the Japanese 503 page at once instead of a render that waits and fails.
 *   The flag lives in process memory: `next start` runs this proxy in the process of the
 *   pages. Where it would not (a proxy deployed apart), the flag is never set and pages
 *   fall back to their error page.
 * - Every page gets its Content-Security-Policy with a fresh nonce (see
 *   lib/http/content-security-policy.ts): on the request, where Next.js reads the nonce for
 *   its own scripts, and on the response, where the browser enforces it. The other security
 *   headers are static (next.config.ts).
 */
export function proxy(request: NextRequest): Response {
  const refusal = refuseMalformedAction(request);
  if (refusal) return refusal;
  if (isDatabaseMarkedDown() && (request.method === "GET" || request.method === "HEAD")) return databaseUnavailablePage();

  const policy = contentSecurityPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and actions only: not route handlers (CSV, JSON; health reports for itself), Next's
  // assets, icons, or prefetches of pages.
  matcher: [
    {
      source: "/((?!api/|_next/|favicon\\.ico|icon|apple-icon).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

/**
 * Only sets each page's Content-Security-Policy with a fresh nonce (see
 * lib/http/content-security-policy.ts): on the request, where Next.js reads the nonce for its
 * own scripts, and on the response, where the browser enforces it. Never a guard: pages and
 * lib/ authorize by themselves. The other security headers are static (next.config.ts).
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not route handlers (CSV, JSON), static files, or prefetches of pages.
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon|apple-icon).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

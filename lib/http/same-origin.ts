import "server-only";
import { ForbiddenError } from "@/lib/errors";

export class CrossSiteRequestError extends ForbiddenError {
  constructor() {
    super();
    this.message = "別のサイトからの送信は受け付けられません。このアプリの画面からもう一度操作してください。";
    this.name = "CrossSiteRequestError";
  }
}

/**
 * The check Next.js makes for server actions, for route handlers that change data: a
 * browser says where a request comes from (Sec-Fetch-Site, Origin), and only this site's own
 * pages may send one. "same-site" is refused too: a sibling subdomain is another party.
 * Requests without either header come from programs, not from a page a user was lured to.
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw new CrossSiteRequestError();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not this site.
  }
  if (!host || originHost !== host) throw new CrossSiteRequestError();
}

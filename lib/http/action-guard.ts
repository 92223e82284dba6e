import "server-only";

/**
 * Malformed server-action requests that Next.js itself would answer with a bare 500 before
 * any app code runs. proxy.ts answers them first, as text/plain: Next's client shows such a
 * body as the error of the call, and a script sees a status and a sentence it can act on.
 */

/** The largest server-action body: 1 MB (next.config.ts sets the same for Next's own check). */
export const ACTION_BODY_LIMIT = "1mb";
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

function plain(status: number, message: string): Response {
  // Exactly "text/plain": Next's client only shows the body of that content type.
  return new Response(message, { status, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}

/** The host the browser addressed, as Next compares it with Origin (a reverse proxy's first). */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** A refusal for a malformed server-action request, or undefined to let Next.js run it. */
export function refuseMalformedAction(request: { method: string; headers: Headers }): Response | undefined {
  if (request.method !== "POST" || !request.headers.has("next-action")) return undefined;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT_BYTES) return plain(413, "送信内容が大きすぎます(上限 1 MB)。入力内容を減らしてもう一度お試しください");
  const origin = request.headers.get("origin");
  // No Origin: not a browser (Next lets such a request through, as it cannot carry a victim's cookies).
  if (origin !== null && originHost(origin) !== requestHost(request.headers)) {
    return plain(403, "別のサイトからの送信は受け付けられません。このアプリの画面から操作してください");
  }
  return undefined;
}

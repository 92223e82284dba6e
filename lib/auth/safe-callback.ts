import "server-only";

const BASE = "http://callback.invalid";

/**
 * Where to go after sign-in: a path of this site only, else the customer list. The raw
 * value comes from the URL, so it is parsed as a browser would (`/\evil`, `/%09/evil` and
 * `/\/evil` all lead to another host there); backslashes and control characters, which
 * browsers drop or read as slashes, are refused before parsing.
 */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/customers"): string {
  if (!raw || raw.length > 2048 || !raw.startsWith("/")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}

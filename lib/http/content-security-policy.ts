import "server-only";

/**
 * The Content-Security-Policy of every page.
 *
 * Scripts: a fresh nonce per request with 'strict-dynamic', not 'unsafe-inline'. Next.js
 * writes inline scripts into every page (the flight data, `self.__next_f.push(…)`), so a
 * policy without either would break hydration; 'unsafe-inline' would also let any injected
 * <script> run, which is the attack a CSP exists to stop in an app full of personal data.
 * The nonce costs nothing extra here: every page of this app is rendered per request anyway
 * (each reads the session), and Next.js puts the nonce it finds in the request's policy on
 * its own scripts. 'strict-dynamic' lets those scripts load the page's chunks.
 *
 * Styles: 'unsafe-inline' (React writes style attributes, which nonces cannot cover); an
 * injected style can restyle a page but not run code or read data.
 *
 * In development React evaluates code for its debugging aids, so 'unsafe-eval' is added there only.
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No page of this app may be framed, by another site or by this one (clickjacking).
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and in the alphabet a CSP nonce allows. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

import "server-only";

// postgres.js and Node name a lost or refused connection with these codes.
const CONNECTION_CODES = new Set([
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  // PostgreSQL itself: shutting down, crashed, still starting, or full.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** The codes of an error and its causes (Drizzle wraps the driver's error as `cause`). */
function codes(error: unknown): string[] {
  const found: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") found.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return found;
}

/** True when the error means the database cannot be reached now, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  // SQLSTATE class 08: connection exceptions.
  return codes(error).some((code) => CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code));
}

/** 57014: query_canceled, which is how `statement_timeout` ends a statement. */
export function isStatementTimeout(error: unknown): boolean {
  return codes(error).includes("57014");
}

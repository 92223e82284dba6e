/**
 * COPY text format (tab-separated, \N for NULL): the cheapest form PostgreSQL parses, and
 * the same bytes work for postgres.js (STDIN) and PGlite (/dev/blob).
 */
export type CopyValue = string | number | boolean | Date | null | readonly string[] | readonly number[] | object;

const SPECIAL = /[\\\t\n\r]/g;
const HAS_SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

// Generating the rows costs more than PostgreSQL's parsing them: most values need no
// escaping, so test first (a regex test is much cheaper than a replace with a callback).
function escapeText(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(SPECIAL, (ch) => ESCAPES[ch]!) : text;
}

function arrayItem(value: string | number): string {
  if (typeof value === "number") return String(value);
  return value.includes('"') || value.includes("\\") ? `"${value.replace(/["\\]/g, "\\$&")}"` : `"${value}"`;
}

/** An array literal; every text element is quoted so that commas, braces or "null" stay text. */
function arrayLiteral(values: readonly (string | number)[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) out += (i ? "," : "") + arrayItem(values[i]!);
  return `${out}}`;
}

function field(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return escapeText(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(arrayLiteral(value as (string | number)[]));
  return escapeText(JSON.stringify(value));
}

export function copyLine(values: readonly CopyValue[]): string {
  let out = "";
  for (let i = 0; i < values.length; i++) out += (i ? "\t" : "") + field(values[i]!);
  return `${out}\n`;
}

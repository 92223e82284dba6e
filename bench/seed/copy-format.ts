/**
 * COPY text format (tab-separated, \N for NULL): the cheapest form PostgreSQL parses, and
 * the same bytes work for postgres.js (STDIN) and PGlite (/dev/blob).
 */
export type CopyValue = string | number | boolean | Date | null | readonly string[] | readonly number[] | object;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function escapeText(text: string): string {
  return text.replace(SPECIAL, (ch) => ESCAPES[ch]!);
}

/** An array literal; every text element is quoted so that commas, braces or "null" stay text. */
function arrayLiteral(values: readonly (string | number)[]): string {
  const items = values.map((v) => (typeof v === "number" ? String(v) : `"${v.replace(/["\\]/g, "\\$&")}"`));
  return `{${items.join(",")}}`;
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
  return `${values.map(field).join("\t")}\n`;
}

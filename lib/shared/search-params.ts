import { clampedInteger, toPageNumber } from "@/lib/shared/validation/page-number";
import { toRecordId } from "@/lib/shared/validation/record-id";
import { withoutControlCharacters } from "@/lib/shared/validation/search-keyword";

/** URL query values as page props and route handlers both see them. */
export type ParamValue = string | string[] | undefined;

/** URLSearchParams in the shape page props use, so one parser serves pages and route handlers. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  return record;
}

export function firstParam(value: ParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One id (`?org=12`); anything that is not a valid id is as if absent. */
export function idParam(value: ParamValue): number | undefined {
  return toRecordId(firstParam(value));
}

/** Ids from repeated or comma-separated values (`?tag=1,2&tag=3`); invalid ones are left out. */
export function idListParam(value: ParamValue, max = 200): number[] {
  if (value === undefined) return [];
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(","));
  return [...new Set(parts.flatMap((part) => toRecordId(part) ?? []))].slice(0, max);
}

/** `?page=`: 1 to MAX_PAGE, 1 when missing or not a number. */
export function pageParam(value: ParamValue): number {
  return toPageNumber(firstParam(value));
}

/** An offset into a list (`?from=`): 0 to `max`, 0 when missing or not a number. */
export function offsetParam(value: ParamValue, max: number): number {
  return clampedInteger(firstParam(value), { min: 0, max, fallback: 0 });
}

/**
 * Free text from the URL (a keyword): at most `max` characters, without control characters
 * (a NUL cannot even be sent to PostgreSQL), trimmed.
 */
export function textParam(value: ParamValue, max = 100): string {
  return withoutControlCharacters(firstParam(value) ?? "")
    .trim()
    .slice(0, max);
}

import { z } from "zod";

/** The deepest page any list offers: 100,000 pages of 50 is past every realistic list. */
export const MAX_PAGE = 100_000;

/** A whole number within [min, max]; text, fractions, NaN and ±Infinity fall back or clamp. */
export function clampedInteger(value: unknown, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const raw =
    typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.normalize("NFKC")) : Number.NaN;
  if (Number.isNaN(raw)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(raw)));
}

export function toPageNumber(value: unknown): number {
  return clampedInteger(value, { min: 1, max: MAX_PAGE, fallback: 1 });
}

/** A page number from a URL or a client: never refused, clamped to 1…MAX_PAGE (one rule for every list). */
export const pageNumber = z.unknown().transform(toPageNumber).default(1); // the default: an absent key

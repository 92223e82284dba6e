import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";

/** What a timeline entry points at (timeline_entries.kind). */
export type TimelineKind = "status_change" | "report" | "schedule" | "campaign";

/** What the timeline shows of one entry, whatever its kind. */
export type TimelineItem = {
  entryId: number;
  kind: TimelineKind;
  occurredAt: Date;
  customer: { id: number; name: string };
  title: string;
  lines: string[];
  href?: string;
  /** An upcoming schedule (shown on top of a customer's timeline), or an overdue one. */
  tone?: "upcoming" | "overdue" | "done";
};

export type TimelineDetail = Omit<TimelineItem, "entryId" | "kind" | "occurredAt" | "customer">;

/** Loads the details of entries of one kind, by their ref ids. */
export type TimelineLoader = (refIds: number[]) => Promise<Map<number, TimelineDetail>>;

/**
 * A keyset cursor: the (occurred_at, id) of the last entry shown. The next page starts
 * strictly after it, so entries written meanwhile never shift a page or repeat a row.
 * `at` is PostgreSQL's own text of the timestamp: microseconds, which a JS Date would lose.
 */
export type TimelineCursor = { at: string; id: number };

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString("base64url");
}

export function decodeCursor(value: string | undefined | null): TimelineCursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString()) as [unknown, unknown];
    if (typeof at !== "string" || !/^\d{4}-\d\d-\d\d [\d:.]+[+-]\d\d(:\d\d)?$/.test(at) || !Number.isSafeInteger(id)) return null;
    return { at, id: id as number };
  } catch {
    return null;
  }
}

/** A timeline page request: whose (customer or organization id) and from which cursor. */
export const timelineInput = z.object({ id: recordId(), cursor: z.string().max(200).nullish() });

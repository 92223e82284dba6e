import type { TimelineKind } from "@/db/schema";

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

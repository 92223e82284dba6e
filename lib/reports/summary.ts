import "server-only";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { displayValues } from "@/lib/templates/model/display";
import type { StoredValues } from "@/lib/templates/model/values";

const MAX_LINE = 80;

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, " ").trim();
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE - 1)}…` : flat;
}

// Amounts first (what sales people scan for), then words; dates last, since the report's own 日時 is shown beside it.
const RANK: Partial<Record<FieldDefinition["type"], number>> = { money: 0, date: 2, datetime: 2 };

/** A few lines that say what a report holds, for the timeline and the list. */
export function reportSummary(
  template: { fields: FieldDefinition[]; retiredFields: FieldDefinition[] },
  stored: StoredValues,
  max = 3,
): string[] {
  const ranks = new Map(template.fields.map((f) => [f.key, RANK[f.type] ?? 1]));
  const rank = (key: string) => ranks.get(key) ?? 1;
  // A stable sort: template order within each rank.
  const ordered = displayValues(template, stored)
    .filter((v) => !v.removed)
    .sort((a, b) => rank(a.key) - rank(b.key));
  return ordered.slice(0, max).map((v) => `${v.label}: ${oneLine(v.text)}`);
}

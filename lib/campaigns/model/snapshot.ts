import { z } from "zod";

/**
 * A target as it was when the campaign ran (campaign_targets.snapshot): what a DM, a label
 * and the list show, whatever happened to the customer since.
 */
export const targetSnapshot = z.object({
  name: z.string().catch(""),
  nameKana: z.string().catch(""),
  postalCode: z.string().catch(""),
  address: z.string().catch(""),
  status: z.string().catch(""),
  class: z.string().nullable().catch(null),
  organization: z.string().nullable().catch(null),
});

export type TargetSnapshot = z.infer<typeof targetSnapshot>;

export function readSnapshot(value: unknown): TargetSnapshot {
  return targetSnapshot.parse(value && typeof value === "object" ? value : {});
}

/** 〒123-4567, or empty when the customer had no postal code. */
export function postalLine(snapshot: Pick<TargetSnapshot, "postalCode">): string {
  return snapshot.postalCode ? `〒${snapshot.postalCode}` : "";
}

/** The addressee as printed: 「山田 太郎 様」. */
export function addressee(snapshot: Pick<TargetSnapshot, "name">): string {
  return `${snapshot.name} 様`;
}

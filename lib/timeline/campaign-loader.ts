import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, campaigns } from "@/db/schema";
import { KIND_LABELS, OUTCOME_LABELS } from "@/lib/campaigns/model/vocabulary";
import type { TimelineDetail, TimelineLoader } from "./model";

/** 販促活動 on a target's timeline: 「販促活動: 秋の見学会DM (DM)」 and the target's outcome now. */
export const campaignLoader: TimelineLoader = async (ids) => {
  const rows = await db
    .select({
      id: campaignTargets.id,
      outcome: campaignTargets.outcome,
      campaignId: campaigns.id,
      name: campaigns.name,
      kind: campaigns.kind,
    })
    .from(campaignTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignTargets.campaignId))
    .where(inArray(campaignTargets.id, ids));
  return new Map(
    rows.map((r): [number, TimelineDetail] => [
      r.id,
      {
        title: `販促活動: ${r.name} (${KIND_LABELS[r.kind]})`,
        lines: [`結果: ${OUTCOME_LABELS[r.outcome]}`],
        href: `/campaigns/${r.campaignId}`,
      },
    ]),
  );
};

import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, campaigns } from "@/db/schema";
import { startExportAudit } from "@/lib/audit-log/export-audit";
import { requireUser } from "@/lib/auth/current-user";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream, started } from "@/lib/csv/stream";
import { csvRows, type CsvCell } from "@/lib/csv/write";
import { DomainError, NotFoundError } from "@/lib/errors";
import { isFeatureEnabled } from "@/lib/features/queries";
import { campaignIdInput, outcome as outcomeSchema } from "@/lib/campaigns/model/inputs";
import { addressee, readSnapshot } from "@/lib/campaigns/model/snapshot";
import { OUTCOME_LABELS, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { postalOrder } from "./postal-order";

// As the customer export: a few megabytes of CSV per query, 100 queries for 200,000 targets.
const BATCH_SIZE = 2000;

type Row = { id: number; customerId: number | null; snapshot: unknown; outcome: Outcome };

/**
 * Ids in 〒 order first (one sort; 200,000 ids are under 2 MB), then the rows in batches by
 * id: each batch costs the same however deep the export is, on PGlite and postgres.js alike.
 */
async function* targetBatches(campaignId: number, outcome: Outcome | undefined): AsyncGenerator<Row[]> {
  const ordered = await db
    .select({ id: campaignTargets.id })
    .from(campaignTargets)
    .where(and(eq(campaignTargets.campaignId, campaignId), outcome ? eq(campaignTargets.outcome, outcome) : undefined))
    .orderBy(...postalOrder);
  for (let start = 0; start < ordered.length; start += BATCH_SIZE) {
    const ids = ordered.slice(start, start + BATCH_SIZE).map((r) => r.id);
    const rows = await db
      .select({
        id: campaignTargets.id,
        customerId: campaignTargets.customerId,
        snapshot: campaignTargets.snapshot,
        outcome: campaignTargets.outcome,
      })
      .from(campaignTargets)
      .where(inArray(campaignTargets.id, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    yield ids.flatMap((id) => byId.get(id) ?? []);
  }
}

/**
 * The address list for a DM, in 〒 order: postal code, address and 「氏名 様」 as the snapshot
 * froze them, for 宛名印刷 software or a printing company. Text cells are formula-safe.
 */
async function* csvText(batches: AsyncGenerator<Row[]>, withOrganization: boolean): AsyncGenerator<string> {
  const headers = [
    "No.",
    "郵便番号",
    "住所",
    "宛名",
    "氏名",
    "フリガナ",
    ...(withOrganization ? ["所属組織"] : []),
    "ステータス(実行時)",
    "客区分(実行時)",
    "結果",
    "顧客ID",
  ];
  yield csvRows([headers]);
  let number = 0;
  for await (const batch of batches) {
    yield csvRows(
      batch.map((row): CsvCell[] => {
        const s = readSnapshot(row.snapshot);
        return [
          ++number,
          s.postalCode,
          s.address,
          addressee(s),
          s.name,
          s.nameKana,
          ...(withOrganization ? [s.organization ?? ""] : []),
          s.status,
          s.class ?? "",
          OUTCOME_LABELS[row.outcome],
          row.customerId ?? "削除済み",
        ];
      }),
    );
  }
}

/** An executed campaign's targets as CSV bytes (UTF-8 with BOM, or CP932 for Excel). */
export async function exportCampaignTargetsCsv(input: {
  id: unknown;
  encoding: CsvEncoding;
  outcome?: string | null;
}): Promise<ReadableStream<Uint8Array>> {
  const user = await requireUser();
  const parsed = campaignIdInput.safeParse({ id: input.id });
  if (!parsed.success) throw new NotFoundError("販促活動");
  const { id } = parsed.data;
  const encoding = csvEncoding.parse(input.encoding);
  const outcome = input.outcome ? outcomeSchema.parse(input.outcome) : undefined;
  const [campaign] = await db.select({ state: campaigns.state }).from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) throw new NotFoundError("販促活動");
  if (campaign.state !== "executed") throw new DomainError("宛名リストは販促活動を実行してから出力できます。");
  const withOrganization = await isFeatureEnabled("organizations");
  const batches = await started(targetBatches(id, outcome));
  const audit = await startExportAudit(user.id, {
    entity: "campaign",
    entityId: id,
    details: { list: "宛名リスト", outcome: outcome ?? null, encoding },
  });
  return pullStream(encodeChunks(audit.guard(csvText(audit.track(batches), withOrganization)), encoding), (error) => {
    console.error(`[campaign-export ${randomUUID().slice(0, 8)}]`, error);
  });
}

import type { Metadata } from "next";
import Link from "next/link";
import { LabelSheets } from "@/components/campaigns/label-sheets";
import { LabelToolbar } from "@/components/campaigns/label-toolbar";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { pageUser } from "@/lib/auth/page-guards";
import { labelBatch } from "@/lib/campaigns/labels";
import { pageCampaign } from "@/lib/campaigns/page-query";
import { LABELS_PER_BATCH, LABELS_PER_SHEET } from "@/lib/campaigns/model/vocabulary";
import { offsetParam } from "@/lib/shared/search-params";
import { INT4_MAX } from "@/lib/shared/validation/record-id";

export const metadata: Metadata = { title: "宛名ラベル" };

type SearchParams = Promise<{ from?: string; skip?: string; addressed?: string }>;

/** 宛名ラベル: printable A4 sheets of an executed campaign's targets, 1,200 labels per batch. */
export default async function LabelsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await pageUser();
  const [{ campaign }, query] = await Promise.all([pageCampaign((await params).id), searchParams]);
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: "販促活動", href: "/campaigns" },
        { label: campaign.name, href: `/campaigns/${campaign.id}` },
        { label: "宛名ラベル" },
      ]}
    />
  );
  if (campaign.state !== "executed") {
    return (
      <>
        {crumbs}
        <Alert className="mb-4">宛名ラベルは販促活動を実行して対象者が確定してから印刷できます。</Alert>
        <Link href={`/campaigns/${campaign.id}`} className={buttonClass("secondary")}>
          販促活動に戻る
        </Link>
      </>
    );
  }
  // A campaign has at most int4 targets; a batch starts on a multiple of the batch size.
  const from = Math.floor(offsetParam(query.from, INT4_MAX) / LABELS_PER_BATCH) * LABELS_PER_BATCH;
  const skip = offsetParam(query.skip, LABELS_PER_SHEET - 1);
  const addressedOnly = query.addressed === "1";
  const batch = await labelBatch(campaign.id, { offset: from, addressedOnly });
  return (
    <>
      <div className="mb-5 space-y-3 print:hidden">
        {crumbs}
        <h1 className="text-xl font-bold text-slate-900 sm:text-2xl">宛名ラベル: {campaign.name}</h1>
        <LabelToolbar
          campaignId={campaign.id}
          state={{ from, skip, addressedOnly }}
          total={batch.total}
          shown={batch.labels.length}
          missingAddress={batch.missingAddress}
        />
      </div>
      {batch.labels.length > 0 ? (
        <LabelSheets labels={batch.labels} skip={skip} />
      ) : (
        <p className="text-sm text-slate-600 print:hidden">印刷するラベルはありません。</p>
      )}
    </>
  );
}

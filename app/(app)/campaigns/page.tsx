import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { listCampaigns } from "@/lib/campaigns/queries";
import { CAMPAIGN_PAGE_SIZE } from "@/lib/campaigns/model/vocabulary";

export const metadata: Metadata = { title: "販促活動" };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function CampaignsPage({ searchParams }: { searchParams: SearchParams }) {
  await pageUser();
  const params = await searchParams;
  const result = await listCampaigns({ state: params.state, kind: params.kind, keyword: params.q, page: params.page });
  return (
    <>
      <PageHeader
        title="販促活動"
        description="DM・ニュースレター・イベント案内などの対象者を抽出して実行し、結果を記録します。"
        actions={
          <Link href="/campaigns/new" className={buttonClass("primary")}>
            <Plus aria-hidden className="size-4" />
            新規販促活動
          </Link>
        }
      />
      {params.deleted === "1" && (
        <Alert tone="success" className="mb-4">
          下書きを削除しました
        </Alert>
      )}
      <CampaignList
        rows={result.rows}
        total={result.total}
        page={result.page}
        pageSize={CAMPAIGN_PAGE_SIZE}
        state={result.state}
        kind={result.kind}
        keyword={result.keyword}
      />
    </>
  );
}

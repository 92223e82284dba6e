"use client";

import { Trash2 } from "lucide-react";
import { deleteCampaignAction } from "@/lib/campaigns/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Drafts only: an executed campaign is part of its targets' history. */
export function DeleteCampaignButton({ campaign }: { campaign: { id: number; name: string; version: number } }) {
  return (
    <ConfirmActionButton
      label={
        <>
          <Trash2 aria-hidden className="size-4" />
          削除
        </>
      }
      title="下書きの削除"
      confirmLabel="削除する"
      pendingLabel="削除中…"
      failedMessage="削除できませんでした"
      action={() => deleteCampaignAction({ id: campaign.id, version: campaign.version })}
      doneHref="/campaigns?deleted=1"
    >
      <p>
        下書き「<strong>{campaign.name}</strong>」を削除しますか？元に戻せません。
      </p>
    </ConfirmActionButton>
  );
}

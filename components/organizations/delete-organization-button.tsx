"use client";

import { Trash2 } from "lucide-react";
import { deleteOrganizationAction } from "@/lib/organizations/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Deleting an organization keeps its members as customers without one; the dialog says so. */
export function DeleteOrganizationButton({
  organization,
  memberCount,
}: {
  organization: { id: number; name: string; version: number };
  memberCount: number;
}) {
  return (
    <ConfirmActionButton
      label={
        <>
          <Trash2 aria-hidden className="size-4" />
          削除
        </>
      }
      title="顧客組織の削除"
      confirmLabel="削除する"
      pendingLabel="削除中…"
      action={() => deleteOrganizationAction({ id: organization.id, version: organization.version })}
      doneHref="/organizations?deleted=1"
    >
      <p>
        <strong>{organization.name}</strong>を削除しますか？
      </p>
      <p className="text-slate-600">
        {memberCount > 0
          ? `組織内メンバ ${memberCount.toLocaleString("ja-JP")}人は削除されず、所属組織なしの顧客として残ります。報告書などの履歴も各顧客に残ります。`
          : "この組織にメンバーはいません。"}
      </p>
    </ConfirmActionButton>
  );
}

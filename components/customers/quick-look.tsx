"use client";

import Link from "next/link";
import { customerQuickLookAction } from "@/lib/customers/actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { useLoadFor } from "@/components/ui/use-load-for";
import type { CustomerDetail } from "@/lib/customers/queries";
import type { TimelinePage } from "@/lib/timeline/queries";
import type { CustomerSettingsLists } from "./customer-attribute-fields";
import { CustomerSummary } from "./customer-summary";

/** A customer at a glance without leaving the list: a dialog, or a bottom sheet on phones. */
export function QuickLook({
  customer,
  lists,
  onClose,
}: {
  customer: { id: number; name: string } | null;
  lists: CustomerSettingsLists;
  onClose: () => void;
}) {
  const { data: detail, error } = useLoadFor<{ id: number }, { detail: CustomerDetail; timeline: TimelinePage }>(customer, ({ id }) =>
    customerQuickLookAction({ id }),
  );

  return (
    <SheetDialog
      open={customer !== null}
      onClose={onClose}
      title={customer ? `${customer.name} 様` : ""}
      wide
      footer={
        customer && (
          <>
            <Link href={`/customers/${customer.id}/edit`} className={buttonClass("secondary")}>
              編集
            </Link>
            <Link href={`/customers/${customer.id}`} className={buttonClass("primary")}>
              詳細を開く
            </Link>
          </>
        )
      }
    >
      {error && <Alert>{error}</Alert>}
      {!error && !detail && (
        <div className="space-y-3" aria-busy="true" aria-label="読み込み中">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-5 animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      )}
      {detail && <CustomerSummary detail={detail.detail} timeline={detail.timeline} lists={lists} />}
    </SheetDialog>
  );
}

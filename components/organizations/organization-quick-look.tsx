"use client";

import Link from "next/link";
import { organizationQuickLookAction } from "@/lib/organizations/actions";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { useLoadFor } from "@/components/ui/use-load-for";
import type { OrganizationDetail, OrganizationMember } from "@/lib/organizations/queries";
import type { TimelinePage } from "@/lib/timeline/queries";
import { OrganizationSummary } from "./organization-summary";

type Loaded = { detail: OrganizationDetail; members: OrganizationMember[]; timeline: TimelinePage };

/** An organization's detail over the customer list: a dialog, a bottom sheet on phones. */
export function OrganizationQuickLook({
  organization,
  lists,
  onClose,
}: {
  organization: { id: number; name: string } | null;
  lists: CustomerSettingsLists;
  onClose: () => void;
}) {
  const { data: loaded, error } = useLoadFor<{ id: number }, Loaded>(organization, ({ id }) => organizationQuickLookAction({ id }));

  return (
    <SheetDialog
      open={organization !== null}
      onClose={onClose}
      title={organization?.name ?? ""}
      wide
      footer={
        organization && (
          <Link href={`/organizations/${organization.id}`} className={buttonClass("primary")}>
            顧客組織の詳細を開く
          </Link>
        )
      }
    >
      {error && <Alert>{error}</Alert>}
      {!error && !loaded && <div className="h-24 animate-pulse rounded bg-slate-100" aria-busy="true" aria-label="読み込み中" />}
      {loaded && <OrganizationSummary detail={loaded.detail} members={loaded.members} timeline={loaded.timeline} lists={lists} />}
    </SheetDialog>
  );
}

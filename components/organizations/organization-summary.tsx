import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { StoredValuesList } from "@/components/template-form/stored-values";
import { Timeline } from "@/components/timeline/timeline";
import { formatDateTime } from "@/lib/shared/format";
import type { OrganizationDetail, OrganizationMember } from "@/lib/organizations/queries";
import { displayValues } from "@/lib/templates/model/display";
import type { TimelinePage } from "@/lib/timeline/queries";
import { OrganizationMembers } from "./organization-members";

/** An organization read-only: its fields, its members, and their merged timeline. */
export function OrganizationSummary({
  detail,
  members,
  timeline,
  lists,
  extra,
}: {
  detail: OrganizationDetail;
  members: OrganizationMember[];
  timeline: TimelinePage;
  lists: CustomerSettingsLists;
  /** Room for sections other features add (amount totals of reports). */
  extra?: React.ReactNode;
}) {
  const { organization, template, memberCount } = detail;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        {organization.nameKana && <p className="text-xs text-slate-500">{organization.nameKana}</p>}
        <p className="text-xs text-slate-500">
          登録 {formatDateTime(new Date(organization.createdAt))} ・ 更新 {formatDateTime(new Date(organization.updatedAt))}
        </p>
      </div>
      <section className="space-y-3">
        <h2 className="text-sm font-semibold text-slate-500">基本情報</h2>
        <StoredValuesList values={displayValues(template, { searchKeywords: organization.searchKeywords, ...organization.fields })} />
      </section>
      <OrganizationMembers organizationId={organization.id} members={members} total={memberCount} lists={lists} />
      {extra}
      <section className="space-y-3">
        <h2 className="text-sm font-semibold text-slate-500">対応履歴(組織内メンバ全員)</h2>
        <Timeline initial={timeline} scope={{ organizationId: organization.id }} emptyText="メンバーの対応履歴はまだありません" />
      </section>
    </div>
  );
}

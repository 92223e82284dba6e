import { Star } from "lucide-react";
import { StoredValuesList } from "@/components/template-form/stored-values";
import { formatDateTime } from "@/lib/shared/format";
import type { CustomerDetail } from "@/lib/customers/queries";
import { displayValues } from "@/lib/templates/model/display";
import type { CustomerSettingsLists } from "./customer-attribute-fields";
import { CustomerBadges } from "./customer-badges";
import { Timeline } from "@/components/timeline/timeline";
import { StatusHistory } from "./status-history";
import type { TimelinePage } from "@/lib/timeline/queries";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="text-sm font-semibold text-slate-500">{title}</h2>
      {children}
    </section>
  );
}

/**
 * What a customer is, read-only: used by the detail page and by the list's quick look, so the
 * two never disagree. The timeline repeats status changes among reports and schedules.
 */
export function CustomerSummary({
  detail,
  lists,
  timeline,
  compact,
  beforeTimeline,
}: {
  detail: CustomerDetail;
  lists: CustomerSettingsLists;
  timeline: TimelinePage;
  compact?: boolean;
  /** The detail page's amount totals and open schedules (the quick look leaves them out). */
  beforeTimeline?: React.ReactNode;
}) {
  const { customer, template } = detail;
  const values = displayValues(template, { searchKeywords: customer.searchKeywords, ...customer.fields });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <div className="flex items-start gap-2">
          {customer.important && <Star aria-label="重要顧客" className="mt-1 size-5 shrink-0 fill-amber-400 text-amber-500" />}
          <div className="min-w-0">
            {customer.nameKana && <p className="text-xs text-slate-500">{customer.nameKana}</p>}
            <p className={compact ? "text-lg font-bold text-slate-900" : "sr-only"}>{customer.name} 様</p>
          </div>
        </div>
        <CustomerBadges customer={customer} lists={lists} />
        <p className="text-xs text-slate-500">
          登録 {formatDateTime(new Date(customer.createdAt))} ・ 更新 {formatDateTime(new Date(customer.updatedAt))}
        </p>
      </div>
      <Section title="基本情報">
        <StoredValuesList values={values} />
      </Section>
      <Section title="ステータス履歴">
        <StatusHistory changes={detail.statusHistory} />
      </Section>
      {beforeTimeline}
      <Section title="対応履歴">
        <Timeline initial={timeline} scope={{ customerId: customer.id }} />
      </Section>
    </div>
  );
}

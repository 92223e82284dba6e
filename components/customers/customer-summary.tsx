import { Star } from "lucide-react";
import { StoredValuesList } from "@/components/template-form/stored-values";
import { formatDateTime } from "@/lib/format";
import type { CustomerDetail } from "@/lib/customers/queries";
import { displayValues } from "@/lib/templates/display";
import type { CustomerSettingsLists } from "./customer-attribute-fields";
import { CustomerBadges } from "./customer-badges";
import { StatusHistory } from "./status-history";

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
 * two never disagree. The timeline section is filled by the reports issue.
 */
export function CustomerSummary({ detail, lists, compact }: { detail: CustomerDetail; lists: CustomerSettingsLists; compact?: boolean }) {
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
      <Section title="対応履歴">
        <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">
          報告書・予定の機能は準備中です。公開後、この顧客の対応履歴がここに時系列で表示されます。
        </p>
      </Section>
    </div>
  );
}

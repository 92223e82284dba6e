import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/text-field";
import { selectClass } from "@/components/ui/select-field";
import { auditListSearch, type AuditFilter, AUDIT_KIND_LABELS, AUDIT_KINDS } from "@/lib/audit-log/model";
import type { UserChoice } from "@/lib/users/choices";

const label = "mb-1.5 block text-sm font-medium text-slate-700";

/**
 * A plain GET form: the filter lives in the URL, and works before any script has loaded.
 * Keyed by the filter, so that a client-side navigation (クリア) shows the new values
 * instead of what the uncontrolled fields last held.
 */
export function AuditFilters({ filter, users }: { filter: AuditFilter; users: UserChoice[] }) {
  return (
    <form
      key={auditListSearch(filter)}
      method="get"
      action="/settings/audit"
      aria-label="監査ログの絞り込み"
      className="grid grid-cols-1 gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto] lg:items-end"
    >
      <div>
        <label htmlFor="audit-user" className={label}>
          操作者
        </label>
        <select id="audit-user" name="user" defaultValue={filter.actorId ?? ""} className={`${selectClass} w-full`}>
          <option value="">すべて</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.disabled ? `${u.name}(停止中)` : u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-kind" className={label}>
          種類
        </label>
        <select id="audit-kind" name="kind" defaultValue={filter.kind ?? ""} className={`${selectClass} w-full`}>
          <option value="">すべて</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {AUDIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {/* min-w-0: a fieldset is as wide as its content by default, two date inputs overflow a phone. */}
      <fieldset className="min-w-0 sm:col-span-2 lg:col-span-1">
        <legend className={label}>期間</legend>
        <div className="flex items-center gap-2">
          <input
            type="date"
            name="from"
            aria-label="期間の開始日"
            defaultValue={filter.from ?? ""}
            className={`${inputClass} min-w-0 flex-1`}
          />
          <span aria-hidden className="text-slate-500">
            〜
          </span>
          <input
            type="date"
            name="to"
            aria-label="期間の終了日"
            defaultValue={filter.to ?? ""}
            className={`${inputClass} min-w-0 flex-1`}
          />
        </div>
      </fieldset>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={`${buttonClass("primary")} flex-1 lg:flex-none`}>
          絞り込む
        </button>
        <Link href="/settings/audit" className={`${buttonClass("ghost")} flex-1 lg:flex-none`}>
          クリア
        </Link>
      </div>
    </form>
  );
}

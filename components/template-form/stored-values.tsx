import { Badge } from "@/components/ui/badge";
import type { DisplayedValue } from "@/lib/templates/model/display";

/** A record's field values, read-only; values of removed fields stay visible and marked. */
export function StoredValuesList({ values }: { values: DisplayedValue[] }) {
  if (values.length === 0) return <p className="text-sm text-slate-500">入力された項目はありません</p>;
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
      {values.map((v) => (
        <div key={v.key} className="contents">
          <dt className="flex items-center gap-2 text-sm text-slate-500">
            {v.label}
            {v.removed && <Badge tone="warning">削除された項目</Badge>}
          </dt>
          <dd className="whitespace-pre-wrap break-words text-sm text-slate-900">{v.text}</dd>
        </div>
      ))}
    </dl>
  );
}

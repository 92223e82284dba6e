import { cn } from "@/lib/shared/cn";
import type { ImportCounts } from "@/lib/imports/model";
import { formatCount } from "./format";

const ITEMS: { key: keyof ImportCounts; label: string; tone: string }[] = [
  { key: "created", label: "新規", tone: "text-emerald-700" },
  { key: "updated", label: "更新", tone: "text-brand-700" },
  { key: "skipped", label: "スキップ", tone: "text-slate-700" },
  { key: "errors", label: "エラー", tone: "text-red-700" },
];

export function Counts({ counts, caption }: { counts: ImportCounts; caption: string }) {
  return (
    <dl aria-label={caption} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {ITEMS.map((item) => (
        <div key={item.key} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
          <dt className="text-xs text-slate-500">{item.label}</dt>
          <dd className={cn("text-xl font-bold tabular-nums", counts[item.key] > 0 ? item.tone : "text-slate-400")}>
            {formatCount(counts[item.key])}
            <span className="ml-0.5 text-xs font-normal">件</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

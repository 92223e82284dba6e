import { cn } from "@/lib/shared/cn";

const STEPS = ["ファイル選択", "列の対応", "確認", "登録"] as const;

export function StepIndicator({ current }: { current: number }) {
  return (
    <ol aria-label="インポートの手順" className="mb-4 flex gap-1 overflow-x-auto text-xs sm:gap-2 sm:text-sm">
      {STEPS.map((label, i) => (
        <li
          key={label}
          aria-current={i === current ? "step" : undefined}
          className={cn(
            "flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-1",
            i === current
              ? "bg-brand-600 font-medium text-white"
              : i < current
                ? "bg-brand-100 text-brand-800"
                : "bg-slate-100 text-slate-500",
          )}
        >
          <span aria-hidden className="tabular-nums">
            {i + 1}
          </span>
          {label}
        </li>
      ))}
    </ol>
  );
}

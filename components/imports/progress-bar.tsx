/** A determinate bar; null shows a moving stripe for work whose size is not known. */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {percent === null ? (
        <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-500" />
      ) : (
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${Math.max(2, percent)}%` }} />
      )}
    </div>
  );
}

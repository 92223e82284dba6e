/** Shown while a page of 報告書 or 予定 loads on the server: the shape of what is coming. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" aria-label={`${label}を読み込み中`} className="max-w-4xl space-y-4">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-11 animate-pulse rounded-lg bg-slate-100" />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ))}
      <p className="sr-only">読み込み中…</p>
    </div>
  );
}

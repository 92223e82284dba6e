/** Shown while a 販促活動 page loads on the server: the shape of what is coming. */
export function CampaignSkeleton() {
  return (
    <div aria-busy="true" aria-label="販促活動を読み込み中" className="space-y-4">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-11 animate-pulse rounded-lg bg-slate-100" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-100" />
      ))}
      <p className="sr-only">読み込み中…</p>
    </div>
  );
}

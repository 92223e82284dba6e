"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import type { ReportFilter } from "@/lib/reports/model/filter";
import { reportListStateToSearch, type ReportListState } from "@/lib/reports/model/filter";

/**
 * Moves 報告書一覧 to another state through the URL (back, bookmarks and shared links work);
 * a changed filter starts again at page 1. Controls show the new state at once while the
 * server renders the rows.
 */
export function useReportNavigation(current: ReportListState) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setOptimistic] = useOptimistic(current);

  function go(next: ReportListState) {
    startTransition(() => {
      setOptimistic(next);
      router.push(`/reports${reportListStateToSearch(next)}`, { scroll: false });
    });
  }

  return {
    state,
    pending,
    setFilter: (patch: Partial<ReportFilter>) => go({ filter: { ...state.filter, ...patch }, page: 1 }),
    replaceFilter: (filter: ReportFilter) => go({ filter, page: 1 }),
    setPage: (page: number) => go({ ...state, page }),
  };
}

"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import type { CustomerFilter } from "@/lib/customers/model/filter";
import { listStateToSearch, type CustomerListState } from "@/lib/customers/model/filter";

/**
 * Moves the list to another state by changing the URL (so back, bookmarks and shared links
 * work). A changed filter or sort starts again at page 1. The controls show the new state
 * at once (optimistic) while the server renders the rows for it.
 */
export function useListNavigation(current: CustomerListState) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setOptimistic] = useOptimistic(current);

  function go(next: CustomerListState) {
    startTransition(() => {
      setOptimistic(next);
      router.push(`/customers${listStateToSearch(next)}`, { scroll: false });
    });
  }

  return {
    state,
    pending,
    setFilter: (patch: Partial<CustomerFilter>) => go({ ...state, filter: { ...state.filter, ...patch }, page: 1 }),
    replaceFilter: (filter: CustomerFilter) => go({ ...state, filter, page: 1 }),
    setSort: (sort: CustomerListState["sort"]) => go({ ...state, sort, page: 1 }),
    setPage: (page: number) => go({ ...state, page }),
  };
}

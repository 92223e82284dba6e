"use client";

import { Megaphone, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { QuickLook } from "@/components/customers/quick-look";
import { OrganizationQuickLook } from "@/components/organizations/organization-quick-look";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { selectClass } from "@/components/ui/select-field";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import {
  CUSTOMER_SORTS,
  EMPTY_FILTER,
  isFilterEmpty,
  SORT_LABELS,
  type CustomerSort,
  listStateToSearch,
  type CustomerListState,
} from "@/lib/customers/model/filter";
import type { SavedView } from "@/lib/customers/saved-views";
import type { CustomerSearchResult } from "@/lib/customers/search";
import { ActiveFilters } from "./active-filters";
import { BulkBar } from "./bulk-bar";
import { CustomerResults } from "./customer-results";
import { EmptyResults } from "./empty-results";
import { ExportMenu } from "./export-menu";
import { FilterFacets } from "./filter-facets";
import { KeywordBox } from "./keyword-box";
import { Pagination } from "./pagination";
import { SavedViewsMenu } from "./saved-views-menu";
import { useListNavigation } from "./use-list-navigation";

type Props = {
  /** Names of the shown rows' organizations (and of the filter's); null while 顧客組織 is off. */
  organizationNames: Record<number, string> | null;
  state: CustomerListState;
  result: CustomerSearchResult;
  pageSize: number;
  lists: CustomerSettingsLists;
  views: SavedView[];
  me: { id: number; role: string };
};

/** 顧客一覧: filters (a sidebar, a sheet on phones), results, selection and bulk changes. */
export function CustomerListView({ organizationNames, state, result, pageSize, lists, views, me }: Props) {
  const nav = useListNavigation(state);
  const shown = nav.state; // what the controls show: the requested state, even while loading
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [allMatches, setAllMatches] = useState(false);
  const [quickLook, setQuickLook] = useState<{ id: number; name: string } | null>(null);
  const [organizationLook, setOrganizationLook] = useState<{ id: number; name: string } | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { filter } = shown;

  // A new filter or page is a new set of rows: a selection of the old ones would mislead.
  const stateKey = JSON.stringify(state);
  const [selectedStateKey, setSelectedStateKey] = useState(stateKey);
  if (selectedStateKey !== stateKey) {
    setSelectedStateKey(stateKey);
    setSelected(new Set());
    setAllMatches(false);
  }

  const select = (id: number, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      setAllMatches(false);
      return next;
    });
  const selectPage = (on: boolean) => {
    setSelected(on ? new Set(result.rows.map((r) => r.id)) : new Set());
    setAllMatches(false);
  };
  const pageFullySelected = result.rows.length > 0 && result.rows.every((r) => selected.has(r.id));
  const activeCount = filter.statusIds.length + filter.classIds.length + filter.tagIds.length + (filter.importantOnly ? 1 : 0);
  const first = (state.page - 1) * pageSize + 1;

  return (
    <div className="grid gap-5 lg:grid-cols-[13rem_1fr]">
      <aside className="hidden lg:block" aria-label="絞り込み">
        <div className="sticky top-4 rounded-xl border border-slate-200 bg-white p-4">
          <FilterFacets filter={filter} lists={lists} onChange={nav.setFilter} organizationNames={organizationNames} />
        </div>
      </aside>
      <div className="min-w-0 space-y-3">
        <div className="flex items-center gap-2">
          <KeywordBox value={filter.keyword} onSearch={(keyword) => nav.setFilter({ keyword })} />
          <Button variant="secondary" className="lg:hidden" onClick={() => setFiltersOpen(true)}>
            <SlidersHorizontal aria-hidden className="size-4" />
            絞り込み{activeCount > 0 && <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">{activeCount}</span>}
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <select
            aria-label="並び順"
            className={`${selectClass} w-0 min-w-0 flex-1 sm:w-auto sm:flex-none`}
            value={shown.sort}
            onChange={(e) => nav.setSort(e.target.value as CustomerSort)}
          >
            {CUSTOMER_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
          <SavedViewsMenu views={views} filter={filter} me={me} onApply={nav.replaceFilter} />
          <ExportMenu filter={state.filter} total={result.total} />
          <Link
            href={`/campaigns/new${listStateToSearch({ filter: state.filter })}`}
            className={`${buttonClass("secondary")} max-md:w-full`}
            title="この条件で販促活動を作成"
          >
            <Megaphone aria-hidden className="size-4" />
            <span aria-hidden className="max-md:hidden 2xl:hidden">
              販促活動
            </span>
            <span className="md:max-2xl:sr-only">この条件で販促活動を作成</span>
          </Link>
        </div>
        <ActiveFilters
          filter={filter}
          lists={lists}
          organizationNames={organizationNames}
          onChange={nav.setFilter}
          onClear={() => nav.replaceFilter(EMPTY_FILTER)}
        />
        {error && (
          <Alert>
            <span className="flex items-center justify-between gap-2">
              {error}
              <button type="button" className="text-xs underline" onClick={() => setError(null)}>
                閉じる
              </button>
            </span>
          </Alert>
        )}
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" aria-busy={nav.pending}>
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 text-sm">
            <p aria-live="polite">
              {result.total > 0 ? (
                <>
                  <strong className="tabular-nums">
                    {result.totalIsEstimate ? "約" : ""}
                    {result.total.toLocaleString("ja-JP")}
                  </strong>
                  件中{" "}
                  <span className="tabular-nums">
                    {first.toLocaleString("ja-JP")}–{(first + result.rows.length - 1).toLocaleString("ja-JP")}
                  </span>
                  件を表示
                </>
              ) : (
                "該当する顧客はいません"
              )}
            </p>
            {nav.pending && <span className="text-xs text-slate-500">読み込み中…</span>}
          </div>
          {pageFullySelected && result.total > result.rows.length && (
            <div className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm">
              {allMatches ? (
                <>
                  絞り込み結果の全{result.total.toLocaleString("ja-JP")}件を選択しています。{" "}
                  <button type="button" className="font-medium text-brand-700 underline" onClick={() => selectPage(false)}>
                    選択を解除
                  </button>
                </>
              ) : (
                <>
                  このページの{result.rows.length}件を選択しています。{" "}
                  <button type="button" className="font-medium text-brand-700 underline" onClick={() => setAllMatches(true)}>
                    絞り込み結果の全{result.total.toLocaleString("ja-JP")}件を選択
                  </button>
                </>
              )}
            </div>
          )}
          {selected.size > 0 && (
            <BulkBar
              target={allMatches ? { kind: "filter", filter: state.filter } : { kind: "ids", ids: [...selected] }}
              count={allMatches ? result.total : selected.size}
              lists={lists}
              onDone={() => undefined}
            />
          )}
          <div className={nav.pending ? "overflow-x-auto opacity-50 transition-opacity" : "overflow-x-auto transition-opacity"}>
            {result.rows.length > 0 ? (
              <CustomerResults
                rows={result.rows}
                lists={lists}
                selected={selected}
                onSelect={select}
                onSelectPage={selectPage}
                onQuickLook={setQuickLook}
                onError={setError}
                organizationNames={organizationNames}
                onOrganization={setOrganizationLook}
              />
            ) : (
              <EmptyResults
                filtered={!isFilterEmpty(filter)}
                onClear={() => nav.replaceFilter(EMPTY_FILTER)}
                beyondLastPage={state.page > 1 ? () => nav.setPage(1) : undefined}
              />
            )}
          </div>
        </div>
        <Pagination page={state.page} pageSize={pageSize} total={result.total} onPage={nav.setPage} />
      </div>
      <SheetDialog
        open={filtersOpen}
        onClose={() => setFiltersOpen(false)}
        title="絞り込み"
        footer={
          <Button onClick={() => setFiltersOpen(false)}>
            {nav.pending ? "読み込み中…" : `${result.total.toLocaleString("ja-JP")}件を表示`}
          </Button>
        }
      >
        <FilterFacets filter={filter} lists={lists} onChange={nav.setFilter} organizationNames={organizationNames} />
      </SheetDialog>
      <QuickLook customer={quickLook} lists={lists} onClose={() => setQuickLook(null)} />
      {organizationNames && (
        <OrganizationQuickLook organization={organizationLook} lists={lists} onClose={() => setOrganizationLook(null)} />
      )}
    </div>
  );
}

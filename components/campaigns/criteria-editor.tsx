"use client";

import { Search } from "lucide-react";
import { useState } from "react";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { ActiveFilters } from "@/components/customers/list/active-filters";
import { FilterFacets } from "@/components/customers/list/filter-facets";
import { OrganizationPicker } from "@/components/organizations/organization-picker";
import { inputClass } from "@/components/ui/text-field";
import { EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";

type Props = {
  filter: CustomerFilter;
  onChange: (next: CustomerFilter) => void;
  lists: CustomerSettingsLists;
  /** The organization of the initial filter by name; null while 顧客組織 is off (no picker then). */
  organization: { id: number; name: string } | null;
  organizationsEnabled: boolean;
};

/**
 * 抽出条件: the customer list's own facets (status, class, tags any/all, 重要), its
 * organization picker and keyword, applied as the user types, so the count follows along.
 */
export function CriteriaEditor({ filter, onChange, lists, organization, organizationsEnabled }: Props) {
  // The picker names what it picked; the facets only know ids.
  const [picked, setPicked] = useState(organization);
  const names = organizationsEnabled && picked ? { [picked.id]: picked.name } : organizationsEnabled ? {} : null;
  const patch = (changes: Partial<CustomerFilter>) => onChange({ ...filter, ...changes });
  return (
    <div className="space-y-5">
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
        <input
          type="search"
          value={filter.keyword}
          maxLength={100}
          onChange={(e) => patch({ keyword: e.target.value })}
          placeholder="氏名・フリガナ・キーワード"
          aria-label="キーワードで絞り込み"
          className={`${inputClass} pl-9`}
        />
      </div>
      <ActiveFilters filter={filter} lists={lists} organizationNames={names} onChange={patch} onClear={() => onChange(EMPTY_FILTER)} />
      {organizationsEnabled && (
        <div className="space-y-1">
          <p className="text-xs font-semibold tracking-wide text-slate-500">所属組織</p>
          <OrganizationPicker
            value={filter.organizationId !== undefined && picked?.id === filter.organizationId ? picked : null}
            onChange={(o) => {
              setPicked(o);
              patch({ organizationId: o?.id });
            }}
            label="所属組織で絞り込み"
          />
        </div>
      )}
      {/* Its own organization picker is hidden (null names): the one above keeps the name. */}
      <FilterFacets filter={filter} lists={lists} onChange={patch} organizationNames={null} />
    </div>
  );
}

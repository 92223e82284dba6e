"use client";

import { Check } from "lucide-react";
import { useState } from "react";
import { MAX_TAGS_PER_CUSTOMER } from "@/lib/customers/model/inputs";
import { chipClasses } from "@/lib/customer-settings/model/colors";
import { cn } from "@/lib/shared/cn";

type TagOption = { id: number; name: string; color: string };

/**
 * Toggle buttons for tags. At five the rest are disabled and the picker says why, so the
 * limit is met while choosing, not as a surprise on save.
 */
export function TagPicker({
  tags,
  value,
  onChange,
  labelledBy,
  describedBy,
}: {
  tags: TagOption[];
  value: string[];
  onChange: (next: string[]) => void;
  labelledBy: string;
  describedBy?: string;
}) {
  const [query, setQuery] = useState("");
  const full = value.length >= MAX_TAGS_PER_CUSTOMER;
  const shown = query ? tags.filter((t) => t.name.toLowerCase().includes(query.toLowerCase())) : tags;
  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);

  if (tags.length === 0) return <p className="text-sm text-slate-500">タグはまだありません。設定 &gt; タグ で追加できます。</p>;
  return (
    <div className="space-y-2">
      {tags.length > 12 && (
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="タグを絞り込む"
          aria-label="タグを絞り込む"
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base sm:w-64 sm:text-sm"
        />
      )}
      <div role="group" aria-labelledby={labelledBy} aria-describedby={describedBy} className="flex flex-wrap gap-2">
        {shown.map((tag) => {
          const selected = value.includes(String(tag.id));
          const blocked = full && !selected;
          return (
            <button
              key={tag.id}
              type="button"
              aria-pressed={selected}
              disabled={blocked}
              onClick={() => toggle(String(tag.id))}
              className={cn(
                "inline-flex min-h-9 items-center gap-1.5 rounded-full px-3 text-sm ring-1 ring-inset transition-colors",
                selected ? chipClasses(tag.color).chip + " font-medium ring-2" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
                blocked && "cursor-not-allowed opacity-40",
              )}
            >
              {selected ? (
                <Check aria-hidden className="size-3.5" />
              ) : (
                <span aria-hidden className={cn("size-2 rounded-full", chipClasses(tag.color).dot)} />
              )}
              {tag.name}
            </button>
          );
        })}
      </div>
      <p className={cn("text-xs", full ? "font-medium text-amber-700" : "text-slate-500")} aria-live="polite">
        {full
          ? `タグは${MAX_TAGS_PER_CUSTOMER}個までです。別のタグを付けるには、付いているタグを外してください。`
          : `${value.length} / ${MAX_TAGS_PER_CUSTOMER} 個選択中`}
      </p>
    </div>
  );
}

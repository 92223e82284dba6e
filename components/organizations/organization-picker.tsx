"use client";

import { Building2, X } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { organizationOptionsAction } from "@/lib/organizations/actions";
import { controlClass } from "@/components/template-form/control-props";
import type { OrganizationOption } from "@/lib/organizations/queries";
import { cn } from "@/lib/shared/cn";

/**
 * 所属組織: a combobox that searches organizations by keyword on the server (the same
 * gram index as the list, so thousands stay fast). Arrow keys move, Enter picks, Esc closes;
 * the × clears the choice.
 */
export function OrganizationPicker({
  value,
  onChange,
  label = "所属組織",
  invalid,
}: {
  value: { id: number; name: string } | null;
  onChange: (next: { id: number; name: string } | null) => void;
  label?: string;
  invalid?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<OrganizationOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The keyword the options answer (null: none since the list opened); loading until it is the one typed.
  const [answered, setAnswered] = useState<string | null>(null);
  const loading = answered !== query;
  const latest = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await organizationOptionsAction({ keyword: query }).catch(() => null);
      if (ticket !== latest.current) return; // a later keystroke won
      setOptions(result?.ok && result.data ? result.data : []);
      setActive(0);
      setAnswered(query);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open]);

  const close = () => {
    setOpen(false);
    setAnswered(null);
  };
  const pick = (option: OrganizationOption) => {
    onChange({ id: option.id, name: option.name });
    setQuery("");
    close();
  };

  if (value) {
    return (
      <div className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3">
        <Building2 aria-hidden className="size-4 text-slate-400" />
        <span className="flex-1 truncate text-sm" data-testid="selected-organization">
          {value.name}
        </span>
        <button
          type="button"
          onClick={() => onChange(null)}
          aria-label={`${label}「${value.name}」を外す`}
          className="grid size-9 place-items-center rounded-md text-slate-500 hover:bg-slate-100"
        >
          <X aria-hidden className="size-4" />
        </button>
      </div>
    );
  }
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && options[active] ? `${id}-opt-${options[active].id}` : undefined}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        autoComplete="off"
        value={query}
        placeholder="組織名・フリガナで検索"
        className={controlClass}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(close, 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Escape") close();
          else if (e.key === "Enter" && open && options[active]) pick(options[active]);
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={`${label}の候補`}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {options.length === 0 && (
            <li className="px-3 py-2 text-sm text-slate-500">
              {loading ? "検索中…" : query ? "該当する顧客組織がありません" : "顧客組織が登録されていません"}
            </li>
          )}
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${id}-opt-${o.id}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
              className={cn("cursor-pointer px-3 py-2 text-sm", i === active ? "bg-brand-50 text-brand-900" : "hover:bg-slate-50")}
            >
              <span className="block">{o.name}</span>
              {o.nameKana && <span className="block text-xs text-slate-500">{o.nameKana}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { Search, UserRound, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { reportCustomerOptionsAction } from "@/lib/reports/actions";
import { controlClass } from "@/components/template-form/control-props";
import { cn } from "@/lib/shared/cn";
import type { CustomerOption } from "@/lib/reports/customer-options";

/**
 * 顧客 of a report or schedule: a combobox that searches customers by keyword on the server
 * (the customer list's search: name, kana, keywords; 「あいだ」 finds 会田). Arrow keys move,
 * Enter picks, Esc closes; the × clears the choice.
 */
export function CustomerPicker({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: { id: number; name: string } | null;
  onChange: (next: { id: number; name: string } | null) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<CustomerOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // What the options answer (null: nothing since the list opened); loading until it is the keyword typed.
  const [answered, setAnswered] = useState<{ query: string; failed: boolean } | null>(null);
  const state = answered?.query !== query ? "loading" : answered.failed ? "error" : "idle";
  const latest = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const result = await reportCustomerOptionsAction({ keyword: query }).catch(() => null);
      if (ticket !== latest.current) return; // a later keystroke won
      setOptions(result?.ok && result.data ? result.data : []);
      setActive(0);
      setAnswered({ query, failed: !result?.ok });
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open]);

  const close = () => {
    setOpen(false);
    setAnswered(null);
  };
  const pick = (option: CustomerOption) => {
    onChange({ id: option.id, name: option.name });
    setQuery("");
    close();
  };

  if (value) {
    return (
      <div className="flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3">
        <UserRound aria-hidden className="size-4 text-slate-400" />
        <span id={id} className="flex-1 truncate text-sm font-medium" data-testid="selected-customer">
          {value.name} 様
        </span>
        <button
          type="button"
          onClick={() => onChange(null)}
          aria-label={`顧客「${value.name}」を選び直す`}
          className="grid size-9 place-items-center rounded-md text-slate-500 hover:bg-slate-100"
        >
          <X aria-hidden className="size-4" />
        </button>
      </div>
    );
  }
  const empty =
    state === "loading"
      ? "検索中…"
      : state === "error"
        ? "検索できませんでした。もう一度入力してください。"
        : query
          ? "該当する顧客がいません"
          : "顧客が登録されていません";
  return (
    <div className="relative">
      <Search aria-hidden className="pointer-events-none absolute top-3.5 left-3 size-4 text-slate-400" />
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && options[active] ? `${id}-opt-${options[active].id}` : undefined}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={query}
        placeholder="氏名・フリガナ・キーワードで検索"
        className={cn(controlClass, "pl-9")}
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
          // Enter picks; it never submits the form from the search box.
          else if (e.key === "Enter") {
            if (open && options[active]) pick(options[active]);
          } else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="顧客の候補"
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg"
        >
          {(options.length === 0 || state !== "idle") && (
            <li className="px-3 py-2 text-sm text-slate-500">{options.length === 0 ? empty : "検索中…"}</li>
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
              <span className="block font-medium">{o.name}</span>
              {o.nameKana && <span className="block text-xs text-slate-500">{o.nameKana}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { Search, X } from "lucide-react";
import { useState } from "react";

/** The keyword applies on Enter (or the button), so typing does not flood the history. */
export function KeywordBox({
  value,
  onSearch,
  placeholder = "氏名・フリガナ・キーワードで検索",
  label = "キーワード検索",
}: {
  value: string;
  onSearch: (keyword: string) => void;
  placeholder?: string;
  label?: string;
}) {
  const [text, setText] = useState(value);
  // Back, forward or a cleared chip bring another keyword: show it.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
  }
  return (
    <form
      role="search"
      className="relative min-w-0 flex-1"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
      <input
        type="search"
        enterKeyHint="search"
        value={text}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        placeholder={placeholder}
        aria-label={label}
        className="block min-h-11 w-full rounded-lg border border-slate-300 bg-white pr-10 pl-9 text-base shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none sm:text-sm"
      />
      {text && (
        <button
          type="button"
          aria-label="キーワードを消す"
          onClick={() => {
            setText("");
            onSearch("");
          }}
          className="absolute top-1/2 right-1 grid size-9 -translate-y-1/2 place-items-center rounded-md text-slate-400 hover:text-slate-700"
        >
          <X aria-hidden className="size-4" />
        </button>
      )}
    </form>
  );
}

"use client";

import { FileText } from "lucide-react";
import { cn } from "@/lib/shared/cn";

/** Which report template to write with: a row of big choices, since there are usually few. */
export function TemplateChoice({
  templates,
  value,
  onChange,
}: {
  templates: { id: number; name: string }[];
  value: number;
  onChange: (id: number) => void;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="mb-1.5 block text-sm font-medium text-slate-700">
        種類<span className="ml-1 text-xs font-normal text-red-600">必須</span>
      </legend>
      <div className="flex flex-wrap gap-2">
        {templates.map((t) => (
          <label
            key={t.id}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-4 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-brand-500",
              t.id === value ? "border-brand-500 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            <input type="radio" name="report-template" className="sr-only" checked={t.id === value} onChange={() => onChange(t.id)} />
            <FileText aria-hidden className="size-4" />
            {t.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

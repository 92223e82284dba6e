"use client";

import { useId } from "react";
import { controlClass } from "@/components/template-form/control-props";
import { Card } from "@/components/ui/card";

/**
 * Which customer template the form uses, when there are several. Values typed under a key
 * that the other template also has stay in the form.
 */
export function TemplateChooser({
  templates,
  value,
  onChange,
  locked,
}: {
  templates: { id: number; name: string }[];
  value: number;
  onChange: (id: number) => void;
  locked?: boolean;
}) {
  const id = useId();
  return (
    <Card className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-4">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        テンプレート
      </label>
      <select id={id} className={`${controlClass} sm:max-w-xs`} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {locked && <p className="text-xs text-slate-500">テンプレートを変えても、入力済みの値は保存されたまま残ります。</p>}
    </Card>
  );
}

"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOf } from "@/lib/templates/model/definition";
import type { ControlProps } from "./control-props";

/** A group of checkboxes: large touch targets, and every choice visible at once. */
export function MultiselectControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
  const { register } = useFormContext();
  const options = (field as FieldOf<"multiselect">).options;
  return (
    <div id={id} role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy} className="flex flex-wrap gap-2">
      {options.map((o) => (
        <label
          key={o}
          className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm has-checked:border-brand-500 has-checked:bg-brand-50"
        >
          <input
            type="checkbox"
            value={o}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            className="size-4 accent-brand-600"
            {...register(field.key)}
          />
          {o}
        </label>
      ))}
    </div>
  );
}

"use client";

import { useFormContext } from "react-hook-form";
import { controlClass, type ControlProps } from "./control-props";

/** Whole yen: a numeric keyboard, ¥ before and 円 after, commas allowed while typing. */
export function MoneyControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
  const { register } = useFormContext();
  return (
    <div className="relative">
      <span aria-hidden className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500">
        ¥
      </span>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="50,000"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-required={field.required || undefined}
        disabled={disabled}
        className={`${controlClass} pl-8 pr-10 text-right tabular-nums`}
        {...register(field.key)}
      />
      <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-500">
        円
      </span>
    </div>
  );
}

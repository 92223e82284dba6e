"use client";

import { useFormContext } from "react-hook-form";
import type { ControlProps } from "./control-props";

export function CheckboxControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
  const { register } = useFormContext();
  return (
    <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-3 text-sm">
      <input
        id={id}
        type="checkbox"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        className="size-5 accent-brand-600"
        {...register(field.key)}
      />
      {field.label}
    </label>
  );
}

"use client";

import { useFormContext } from "react-hook-form";
import { controlClass, type ControlProps } from "./control-props";

export function TextareaControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
  const { register } = useFormContext();
  return (
    <textarea
      id={id}
      rows={4}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-required={field.required || undefined}
      disabled={disabled}
      className={`${controlClass} min-h-24 resize-y`}
      {...register(field.key)}
    />
  );
}

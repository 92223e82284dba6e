"use client";

import { useFormContext } from "react-hook-form";
import type { FieldOf } from "@/lib/templates/model/definition";
import { controlClass, type ControlProps } from "./control-props";

export function SelectControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
  const { register } = useFormContext();
  const options = (field as FieldOf<"select">).options;
  return (
    <select
      id={id}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-required={field.required || undefined}
      disabled={disabled}
      className={controlClass}
      {...register(field.key)}
    >
      <option value="">選択してください</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

"use client";

import type { HTMLInputTypeAttribute, InputHTMLAttributes } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass, type ControlProps } from "./control-props";

type InputConfig = {
  type: HTMLInputTypeAttribute;
  inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
  placeholder?: string;
  className?: string;
};

/**
 * The one-line input behind text, number, date, e-mail, phone, postal code and URL fields;
 * each type differs only in its input type and the phone keyboard it asks for.
 */
export function inputControl(config: InputConfig) {
  return function InputControl({ field, id, invalid, describedBy, disabled }: ControlProps) {
    const { register } = useFormContext();
    return (
      <input
        id={id}
        type={config.type}
        inputMode={config.inputMode}
        autoComplete={config.autoComplete ?? "off"}
        placeholder={config.placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-required={field.required || undefined}
        disabled={disabled}
        className={`${controlClass} ${config.className ?? ""}`}
        {...register(field.key)}
      />
    );
  };
}

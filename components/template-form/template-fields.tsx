"use client";

import { useId } from "react";
import { useFormContext } from "react-hook-form";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { CONTROLS } from "./controls";

/** Renders every field of a template inside a react-hook-form FormProvider. */
export function TemplateFields({ fields, disabled }: { fields: readonly FieldDefinition[]; disabled?: boolean }) {
  const prefix = useId();
  const { formState } = useFormContext();
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {fields.map((field) => {
        const id = `${prefix}-${field.key}`;
        const error = formState.errors[field.key]?.message;
        const Control = CONTROLS[field.type];
        const wide = field.type === "textarea" || field.type === "multiselect" || field.type === "text";
        const describedBy = [field.helpText && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
        return (
          <div key={field.key} className={wide ? "space-y-1.5 sm:col-span-2" : "space-y-1.5"} data-field={field.key}>
            {field.type === "checkbox" ? (
              <span id={`${id}-label`} className="block text-sm font-medium text-slate-700">
                {field.required && <RequiredMark />}
              </span>
            ) : field.type === "multiselect" ? (
              <span id={`${id}-label`} className="block text-sm font-medium text-slate-700">
                {field.label}
                {field.required && <RequiredMark />}
              </span>
            ) : (
              <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium text-slate-700">
                {field.label}
                {field.required && <RequiredMark />}
              </label>
            )}
            <Control field={field} id={id} invalid={Boolean(error)} describedBy={describedBy} disabled={disabled} />
            {field.helpText && (
              <p id={`${id}-help`} className="text-xs text-slate-500">
                {field.helpText}
              </p>
            )}
            {typeof error === "string" && (
              <p id={`${id}-error`} className="text-sm text-red-600">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function RequiredMark() {
  return <span className="ml-1 text-xs font-normal text-red-600">必須</span>;
}

import type { ReactNode } from "react";

/** A labelled control with its error, wired for screen readers; used by the report and schedule forms. */
export function FormRow({
  id,
  label,
  required,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`space-y-1.5 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="ml-1 text-xs font-normal text-red-600">必須</span>}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria-describedby for a FormRow's control: its hint and its error, when shown. */
export function describedBy(id: string, parts: { hint?: string; error?: string }): string | undefined {
  return [parts.hint && `${id}-hint`, parts.error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

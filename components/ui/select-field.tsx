import { useId, type SelectHTMLAttributes } from "react";
import { cn } from "@/lib/shared/cn";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
};

export const selectClass =
  "block rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 sm:text-sm";

export function SelectField({ label, options, errors, id, className, required, ...props }: Props) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
        {label}
        {required && <span className="ml-1 text-xs font-normal text-red-600">必須</span>}
      </label>
      <select
        id={selectId}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${selectId}-error` : undefined}
        className={`${selectClass} w-full`}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${selectId}-error`} className="text-sm text-red-600">
          {errors.join(" / ")}
        </p>
      ) : null}
    </div>
  );
}

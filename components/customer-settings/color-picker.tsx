import type { UseFormRegisterReturn } from "react-hook-form";
import { CHIP_CLASSES, CHIP_COLOR_LABELS, CHIP_COLORS } from "@/lib/customer-settings/model/colors";
import { cn } from "@/lib/shared/cn";

type Props = { registration: UseFormRegisterReturn; error?: string; idPrefix: string };

/**
 * Native radios under the swatches: arrow keys move between colours, and each colour has a
 * written name, so the choice never depends on seeing the colour.
 */
export function ColorPicker({ registration, error, idPrefix }: Props) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${idPrefix}-color-error` : undefined}>
      <legend className="mb-1.5 block text-sm font-medium text-slate-700">色</legend>
      <div className="flex flex-wrap gap-1.5">
        {CHIP_COLORS.map((color) => (
          <label key={color} className="relative">
            <input type="radio" value={color} className="peer sr-only" {...registration} />
            <span
              className={cn(
                "flex min-h-9 cursor-pointer items-center gap-1.5 rounded-full border border-slate-200 bg-white px-2.5 text-xs text-slate-700",
                "peer-checked:border-slate-900 peer-checked:bg-slate-900 peer-checked:text-white",
                "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500",
              )}
            >
              <span aria-hidden className={cn("size-3.5 rounded-full ring-1 ring-white/60", CHIP_CLASSES[color].dot)} />
              {CHIP_COLOR_LABELS[color]}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${idPrefix}-color-error`} className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

import type { FieldDefinition } from "@/lib/templates/model/definition";

/** What every field control receives from the renderer around it. */
export type ControlProps<F extends FieldDefinition = FieldDefinition> = {
  field: F;
  id: string;
  invalid: boolean;
  describedBy?: string;
  disabled?: boolean;
};

export const controlClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-invalid:border-red-500 sm:text-sm";

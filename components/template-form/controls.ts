import type { ComponentType } from "react";
import type { FieldType } from "@/lib/templates/model/definition";
import { CheckboxControl } from "./checkbox-control";
import type { ControlProps } from "./control-props";
import { inputControl } from "./input-control";
import { MoneyControl } from "./money-control";
import { MultiselectControl } from "./multiselect-control";
import { SelectControl } from "./select-control";
import { TextareaControl } from "./textarea-control";

/** Exhaustive: a new field type without a control does not compile. */
export const CONTROLS: Record<FieldType, ComponentType<ControlProps>> = {
  text: inputControl({ type: "text" }),
  textarea: TextareaControl,
  number: inputControl({ type: "text", inputMode: "decimal", className: "text-right tabular-nums" }),
  money: MoneyControl,
  date: inputControl({ type: "date" }),
  datetime: inputControl({ type: "datetime-local" }),
  select: SelectControl,
  multiselect: MultiselectControl,
  checkbox: CheckboxControl,
  email: inputControl({ type: "email", inputMode: "email", autoComplete: "email", placeholder: "name@example.jp" }),
  tel: inputControl({ type: "tel", inputMode: "tel", autoComplete: "tel", placeholder: "03-1234-5678" }),
  postal: inputControl({ type: "text", inputMode: "numeric", autoComplete: "postal-code", placeholder: "123-4567", className: "max-w-40" }),
  url: inputControl({ type: "url", inputMode: "url", placeholder: "https://" }),
};

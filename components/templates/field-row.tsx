"use client";

import { ArrowDown, ArrowUp, Lock, Trash2 } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { inputClass } from "@/components/ui/text-field";
import { selectClass } from "@/components/ui/select-field";
import type { EditorField } from "@/lib/templates/model/editor";
import { FIELD_TYPE_LABELS, FIELD_TYPES } from "@/lib/templates/model/definition";

type EditorValues = { name: string; fields: EditorField[] };

type Props = {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

const TEXT_DEFAULT_TYPES = new Set(["text", "textarea", "number", "money", "date", "datetime", "email", "tel", "postal", "url", "select"]);

/** One field of the template editor: the essentials on one line, the rest below. */
// Inputs also get their value as defaultValue, so the server-rendered page shows it before
// react-hook-form hydrates.
export function FieldRow({ index, count, onMove, onRemove }: Props) {
  const { register, formState } = useFormContext<EditorValues>();
  const field = useWatch<EditorValues, `fields.${number}`>({ name: `fields.${index}` });
  const errors = formState.errors.fields?.[index];
  const id = `field-${field.key}`;
  const lockedRequired = field.builtin && field.key !== "nameKana";
  const hasOptions = field.type === "select" || field.type === "multiselect";
  const title = field.label || "新しい項目";

  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="field-row"
      aria-label={`${index + 1}番目の項目: ${title}`}
    >
      <div className="mb-3 flex items-center gap-2">
        <span className="grid size-7 shrink-0 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
          {index + 1}
        </span>
        <span className="min-w-0 flex-1 truncate font-medium">{title}</span>
        {field.builtin && (
          <Badge tone="neutral">
            <Lock aria-hidden className="mr-1 size-3" />
            組み込み
          </Badge>
        )}
        <IconButton
          label={`「${title}」を上へ`}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
          dataMove={`${field.key}-up`}
        >
          <ArrowUp aria-hidden className="size-4" />
        </IconButton>
        <IconButton
          label={`「${title}」を下へ`}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
          dataMove={`${field.key}-down`}
        >
          <ArrowDown aria-hidden className="size-4" />
        </IconButton>
        {!field.builtin && (
          <IconButton label={`「${title}」を削除`} onClick={() => onRemove(index)} danger>
            <Trash2 aria-hidden className="size-4" />
          </IconButton>
        )}
      </div>

      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Labeled id={`${id}-label`} label="項目名" error={errors?.label?.message}>
          <input
            id={`${id}-label`}
            className={inputClass}
            aria-invalid={errors?.label ? true : undefined}
            defaultValue={field.label}
            {...register(`fields.${index}.label`)}
          />
        </Labeled>
        <Labeled id={`${id}-type`} label="種類" error={errors?.type?.message}>
          <select
            id={`${id}-type`}
            className={`${selectClass} w-full`}
            // Locked controls are not registered: a disabled input submits nothing, and the
            // field's value must stay the one it was loaded with.
            {...(field.builtin
              ? { disabled: true, value: field.type, onChange: () => {} }
              : { defaultValue: field.type, ...register(`fields.${index}.type`) })}
          >
            {FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {FIELD_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Labeled>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm sm:mt-6">
          <input
            type="checkbox"
            className="size-5 accent-brand-600"
            {...(lockedRequired
              ? { disabled: true, checked: true, readOnly: true }
              : { defaultChecked: field.required, ...register(`fields.${index}.required`) })}
          />
          必須
        </label>
      </div>
      {errors?.required?.message && <p className="mt-1 text-sm text-red-600">{errors.required.message}</p>}

      {hasOptions && (
        <Labeled id={`${id}-options`} label="選択肢(1行に1つ)" error={errors?.optionsText?.message} className="mt-3">
          <textarea
            id={`${id}-options`}
            rows={4}
            className={inputClass}
            aria-invalid={errors?.optionsText ? true : undefined}
            defaultValue={field.optionsText}
            {...register(`fields.${index}.optionsText`)}
          />
        </Labeled>
      )}

      <details className="mt-3 text-sm" open={Boolean(errors?.defaultText || errors?.helpText)}>
        <summary className="cursor-pointer py-1 text-slate-600">説明・初期値{field.type === "number" ? "・範囲" : ""}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <Labeled id={`${id}-help`} label="説明(入力欄の下に表示)" error={errors?.helpText?.message} className="sm:col-span-2">
            <input id={`${id}-help`} className={inputClass} defaultValue={field.helpText} {...register(`fields.${index}.helpText`)} />
          </Labeled>
          {field.type === "checkbox" ? (
            <label className="inline-flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-5 accent-brand-600" {...register(`fields.${index}.defaultChecked`)} />
              初期状態でチェックする
            </label>
          ) : (
            (TEXT_DEFAULT_TYPES.has(field.type) || field.type === "multiselect") &&
            !field.builtin && (
              <Labeled
                id={`${id}-default`}
                label={field.type === "multiselect" ? "初期値(1行に1つ)" : "初期値"}
                error={errors?.defaultText?.message}
              >
                {field.type === "multiselect" ? (
                  <textarea id={`${id}-default`} rows={2} className={inputClass} {...register(`fields.${index}.defaultText`)} />
                ) : (
                  <input
                    id={`${id}-default`}
                    className={inputClass}
                    aria-invalid={errors?.defaultText ? true : undefined}
                    {...register(`fields.${index}.defaultText`)}
                  />
                )}
              </Labeled>
            )
          )}
          {field.type === "number" && (
            <div className="grid grid-cols-2 gap-2">
              <Labeled id={`${id}-min`} label="最小値">
                <input id={`${id}-min`} inputMode="decimal" className={inputClass} {...register(`fields.${index}.min`)} />
              </Labeled>
              <Labeled id={`${id}-max`} label="最大値">
                <input id={`${id}-max`} inputMode="decimal" className={inputClass} {...register(`fields.${index}.max`)} />
              </Labeled>
            </div>
          )}
        </div>
        <p className="mt-2 text-xs text-slate-500">キー: {field.key}(CSV取込や連携で使う固定の識別子)</p>
      </details>
    </li>
  );
}

function Labeled({
  id,
  label,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {error && <p className="mt-1 text-sm text-red-600">{error}</p>}
    </div>
  );
}

function IconButton(props: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
  dataMove?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      data-move={props.dataMove}
      disabled={props.disabled}
      onClick={props.onClick}
      className={`grid size-10 place-items-center rounded-lg border border-slate-200 disabled:opacity-30 ${props.danger ? "text-red-600 hover:bg-red-50" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {props.children}
    </button>
  );
}

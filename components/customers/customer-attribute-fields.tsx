"use client";

import { Star } from "lucide-react";
import { useId } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { controlClass } from "@/components/template-form/control-props";
import type { CustomerClass, Status, Tag } from "@/lib/customer-settings/queries";
import { OrganizationPicker } from "@/components/organizations/organization-picker";
import { TagPicker } from "./tag-picker";

export type CustomerSettingsLists = { statuses: Status[]; classes: CustomerClass[]; tags: Tag[] };

function FieldError({ id, message }: { id: string; message?: unknown }) {
  return typeof message === "string" ? (
    <p id={id} className="text-sm text-red-600">
      {message}
    </p>
  ) : null;
}

/** ステータス, 客区分, タグ and 重要: the parts of a customer outside its template. */
export function CustomerAttributeFields({ lists, withOrganization }: { lists: CustomerSettingsLists; withOrganization?: boolean }) {
  const id = useId();
  const { register, control, formState } = useFormContext();
  const errors = formState.errors;
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <div className="space-y-1.5" data-field="_statusId">
        <label htmlFor={`${id}-status`} className="block text-sm font-medium text-slate-700">
          ステータス<span className="ml-1 text-xs font-normal text-red-600">必須</span>
        </label>
        <select
          id={`${id}-status`}
          className={controlClass}
          aria-invalid={Boolean(errors._statusId) || undefined}
          aria-describedby={`${id}-status-error`}
          {...register("_statusId")}
        >
          {lists.statuses.length === 0 && <option value="">ステータスが登録されていません</option>}
          {lists.statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-status-error`} message={errors._statusId?.message} />
      </div>
      <div className="space-y-1.5" data-field="_classId">
        <label htmlFor={`${id}-class`} className="block text-sm font-medium text-slate-700">
          客区分
        </label>
        <select
          id={`${id}-class`}
          className={controlClass}
          aria-invalid={Boolean(errors._classId) || undefined}
          aria-describedby={`${id}-class-error`}
          {...register("_classId")}
        >
          <option value="">なし</option>
          {lists.classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-class-error`} message={errors._classId?.message} />
      </div>
      {withOrganization && (
        <div className="space-y-1.5 sm:col-span-2" data-field="_organization">
          <span className="block text-sm font-medium text-slate-700">所属組織</span>
          <Controller
            control={control}
            name="_organization"
            render={({ field }) => (
              <OrganizationPicker
                value={field.value as { id: number; name: string } | null}
                onChange={field.onChange}
                invalid={Boolean(errors._organization)}
              />
            )}
          />
          <FieldError id={`${id}-organization-error`} message={errors._organization?.message} />
        </div>
      )}
      <div className="space-y-1.5 sm:col-span-2" data-field="_tagIds">
        <span id={`${id}-tags`} className="block text-sm font-medium text-slate-700">
          タグ
        </span>
        <Controller
          control={control}
          name="_tagIds"
          render={({ field }) => (
            <TagPicker
              tags={lists.tags}
              value={field.value as string[]}
              onChange={field.onChange}
              labelledBy={`${id}-tags`}
              describedBy={`${id}-tags-error`}
            />
          )}
        />
        <FieldError id={`${id}-tags-error`} message={errors._tagIds?.message} />
      </div>
      <label className="flex min-h-11 cursor-pointer items-center gap-3 sm:col-span-2" data-field="_important">
        <input type="checkbox" className="size-5 rounded border-slate-300 accent-amber-500" {...register("_important")} />
        <Star aria-hidden className="size-5 fill-amber-400 text-amber-500" />
        <span className="text-sm font-medium text-slate-700">重要顧客としてマークする</span>
      </label>
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/shared/action-result";
import { settingFields, SETTING_NAME_MAX, type SettingFields, type SettingLabel } from "@/lib/customer-settings/model/inputs";
import { ColorPicker } from "./color-picker";

type Props = {
  label: SettingLabel;
  idPrefix: string;
  /** The form's accessible name, e.g. 「ステータスを追加」. */
  title: string;
  defaultValues: SettingFields;
  submitLabel: string;
  action: (values: SettingFields) => Promise<ActionResult<unknown>>;
  onSaved: (values: SettingFields) => void;
  /** Present when editing in place: a cancel button, and Escape cancels. */
  onCancel?: () => void;
};

/** Name and colour of a status, class or tag, checked with the server's own schema. */
export function SettingForm({ label, idPrefix, title, defaultValues, submitLabel, action, onSaved, onCancel }: Props) {
  const router = useRouter();
  const form = useForm<SettingFields>({ resolver: zodResolver(settingFields(label)), defaultValues });
  const { submit, formError } = useActionSubmit(form, action, () => {
    const values = form.getValues();
    // Adding several in a row: keep the colour, empty the name and type the next one.
    if (!onCancel) {
      form.reset({ ...values, name: "" });
      form.setFocus("name");
    }
    onSaved(values);
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={title}
      className="space-y-4"
      onKeyDown={(e) => {
        if (e.key === "Escape" && onCancel) onCancel();
      }}
    >
      {/* A field's own error says it already; the banner is for the rest (connection, rights). */}
      {formError && !errors.name && !errors.color && <Alert>{formError}</Alert>}
      <TextField
        id={`${idPrefix}-name`}
        label={`${label}名`}
        required
        autoFocus={Boolean(onCancel)}
        maxLength={SETTING_NAME_MAX}
        autoComplete="off"
        errors={errors.name?.message ? [errors.name.message] : undefined}
        {...form.register("name")}
      />
      <ColorPicker idPrefix={idPrefix} registration={form.register("color")} error={errors.color?.message} />
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            キャンセル
          </Button>
        )}
        <Button type="submit" disabled={isSubmitting} className={onCancel ? undefined : "w-full"}>
          {isSubmitting ? "保存中…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/shared/action-result";

/**
 * Sends a react-hook-form's values to a server action and puts the server's field errors
 * back on the fields; the typed values stay in the form whatever happens.
 */
export function useActionSubmit<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ActionResult<T>>,
  onSuccess: (data: T | undefined) => void | Promise<void>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<T>;
    try {
      result = await action(values);
    } catch {
      setFormError("サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。");
      return;
    }
    if (result.ok) {
      await onSuccess(result.data);
      return;
    }
    for (const [name, errors] of Object.entries(result.fieldErrors ?? {})) {
      if (name !== "_form" && errors[0]) form.setError(name as Path<V>, { type: "server", message: errors.join(" / ") });
    }
    setFormError(result.formError ?? "入力内容を確認してください");
  });
  return { submit, formError };
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction } from "@/lib/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { changePasswordForm, type ChangePasswordInput } from "@/lib/users/model";
import { messages } from "@/messages";

const t = messages.account;
const empty: ChangePasswordInput = { currentPassword: "", newPassword: "", newPasswordConfirmation: "" };

/**
 * Own password change: the current password, the new one twice. `onChanged` decides what
 * follows (the forced change goes on into the app; the account page says it is done).
 */
export function PasswordChangeForm({
  email,
  currentLabel,
  onChanged,
  fullWidth,
}: {
  email: string;
  currentLabel?: string;
  onChanged?: () => void;
  fullWidth?: boolean;
}) {
  const schema = useMemo(() => changePasswordForm(email), [email]);
  const [done, setDone] = useState(false);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(schema), defaultValues: empty, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;
  const { submit, formError } = useActionSubmit(form, changePasswordAction, () => {
    form.reset(empty);
    setDone(true);
    onChanged?.();
  });
  const err = (m?: string) => (m ? [m] : undefined);

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={t.formTitle} onChange={() => done && setDone(false)}>
      {formError && <Alert>{formError}</Alert>}
      {done && <Alert tone="success">{t.changed}</Alert>}
      <TextField
        label={currentLabel ?? t.current}
        type="password"
        autoComplete="current-password"
        required
        errors={err(errors.currentPassword?.message)}
        {...form.register("currentPassword")}
      />
      <TextField
        label={t.next}
        type="password"
        autoComplete="new-password"
        hint={t.rule}
        required
        errors={err(errors.newPassword?.message)}
        {...form.register("newPassword")}
      />
      <TextField
        label={t.confirmation}
        type="password"
        autoComplete="new-password"
        required
        errors={err(errors.newPasswordConfirmation?.message)}
        {...form.register("newPasswordConfirmation")}
      />
      <Button type="submit" className={fullWidth ? "w-full" : "w-full sm:w-auto"} disabled={isSubmitting}>
        {isSubmitting ? messages.common.saving : t.submit}
      </Button>
    </form>
  );
}

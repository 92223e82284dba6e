"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { setTemporaryPasswordAction } from "@/lib/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { generateTemporaryPassword, refuseEmailInPassword, temporaryPasswordInput, type TemporaryPasswordInput } from "@/lib/users/model";
import { messages } from "@/messages";

const t = messages.users;
type Target = { id: number; name: string; email: string };

function schemaFor(email: string) {
  return temporaryPasswordInput.superRefine((v, ctx) => refuseEmailInPassword("password", v.password, email, ctx));
}

/**
 * An admin's reset for a user who forgot the password: the password typed here (or
 * generated) works once, and the user must choose a new one at the next sign-in.
 */
export function TemporaryPasswordDialog({ user, open, onClose }: { user: Target; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const [issued, setIssued] = useState<string | null>(null);
  const schema = useMemo(() => schemaFor(user.email), [user.email]);
  const form = useForm<TemporaryPasswordInput>({
    resolver: zodResolver(schema),
    defaultValues: { userId: user.id, password: "" },
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const { submit, formError } = useActionSubmit(form, setTemporaryPasswordAction, () => {
    setIssued(form.getValues("password"));
    router.refresh();
  });
  const close = () => {
    setIssued(null);
    form.reset({ userId: user.id, password: "" });
    onClose();
  };

  return (
    <SheetDialog open={open} onClose={close} title={`${user.name}さんの${t.temporaryPassword}`}>
      {issued ? (
        <div className="space-y-4">
          <Alert tone="success">{t.temporaryIssued}</Alert>
          <p className="rounded-lg bg-slate-100 px-4 py-3 text-center font-mono text-lg tracking-wider" aria-label={t.temporaryPassword}>
            {issued}
          </p>
          <p className="text-sm text-slate-600">{t.temporaryHandOver}</p>
          <Button className="w-full" onClick={close}>
            {t.close}
          </Button>
        </div>
      ) : (
        <form onSubmit={submit} className="space-y-4" noValidate aria-label={t.temporaryPassword}>
          <p className="text-sm text-slate-600">{t.temporaryLead}</p>
          {formError && <Alert>{formError}</Alert>}
          <input type="hidden" {...form.register("userId")} />
          <TextField
            label={t.temporaryPassword}
            autoComplete="off"
            spellCheck={false}
            required
            hint={t.temporaryRule}
            errors={errors.password?.message ? [errors.password.message] : undefined}
            {...form.register("password")}
          />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
            <Button variant="secondary" onClick={() => form.setValue("password", generateTemporaryPassword(), { shouldValidate: true })}>
              {t.generate}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? messages.common.saving : t.setTemporary}
            </Button>
          </div>
        </form>
      )}
    </SheetDialog>
  );
}

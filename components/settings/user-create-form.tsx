"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createUserAction } from "@/lib/users/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { newUserInput, ROLE_LABELS, ROLES, type NewUserInput } from "@/lib/users/model";
import { messages } from "@/messages";

const t = messages.users;
const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const empty: NewUserInput = { name: "", email: "", password: "", role: "member", mustChangePassword: true };

export function UserCreateForm() {
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<NewUserInput>({ resolver: zodResolver(newUserInput), defaultValues: empty, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;
  const { submit, formError } = useActionSubmit(form, createUserAction, () => {
    setCreated(form.getValues("name"));
    form.reset(empty);
    router.refresh();
  });
  const err = (m?: string) => (m ? [m] : undefined);

  return (
    <Card className="p-5">
      <h2 className="mb-4 font-bold">{t.add}</h2>
      <form onSubmit={submit} className="space-y-4" noValidate aria-label={t.add} onChange={() => created && setCreated(null)}>
        {formError && <Alert>{formError}</Alert>}
        {created && <Alert tone="success">{`${t.created}: ${created}`}</Alert>}
        <TextField label={t.name} autoComplete="off" required errors={err(errors.name?.message)} {...form.register("name")} />
        <TextField
          label={t.email}
          type="email"
          inputMode="email"
          autoComplete="off"
          required
          errors={err(errors.email?.message)}
          {...form.register("email")}
        />
        <TextField
          label={t.password}
          type="password"
          autoComplete="new-password"
          hint={t.passwordHint}
          required
          errors={err(errors.password?.message)}
          {...form.register("password")}
        />
        <SelectField label={t.role} options={roleOptions} required errors={err(errors.role?.message)} {...form.register("role")} />
        <div>
          <label className="flex items-start gap-3 text-sm text-slate-700">
            <input type="checkbox" className="mt-0.5 size-5 shrink-0 rounded accent-brand-600" {...form.register("mustChangePassword")} />
            <span>{t.mustChange}</span>
          </label>
          <p className="mt-1 pl-8 text-xs text-slate-500">{t.mustChangeHint}</p>
        </div>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? messages.common.saving : t.add}
        </Button>
      </form>
    </Card>
  );
}

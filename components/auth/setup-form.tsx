"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { setupFirstAdminAction } from "@/lib/setup/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { firstAdminInput, type FirstAdminInput } from "@/lib/users/model";
import { messages } from "@/messages";

const t = messages.setup;

export function SetupForm() {
  const router = useRouter();
  const form = useForm<FirstAdminInput>({
    resolver: zodResolver(firstAdminInput),
    defaultValues: { name: "", email: "", password: "", passwordConfirmation: "" },
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const { submit, formError } = useActionSubmit(form, setupFirstAdminAction, async () => {
    const { email, password } = form.getValues();
    await signIn("credentials", { email, password, redirect: false });
    router.replace("/");
    router.refresh();
  });
  const err = (m?: string) => (m ? [m] : undefined);

  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-label={t.title}>
      {formError && <Alert>{formError}</Alert>}
      <TextField label={t.name} autoComplete="name" required errors={err(errors.name?.message)} {...form.register("name")} />
      <TextField
        label={t.email}
        type="email"
        inputMode="email"
        autoComplete="email"
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
      <TextField
        label={t.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        required
        errors={err(errors.passwordConfirmation?.message)}
        {...form.register("passwordConfirmation")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t.submitting : t.submit}
      </Button>
    </form>
  );
}

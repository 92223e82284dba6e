"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { messages } from "@/messages";

const t = messages.login;

export function LoginForm({ callbackUrl, demo }: { callbackUrl: string; demo: { email: string; password: string } | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(result?.error === "Throttled" ? t.throttled : result?.error === "Delayed" ? t.delayed : t.invalid);
    } catch {
      setError(t.unexpected);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label={t.title}>
      {error && <Alert>{error}</Alert>}
      <TextField label={t.email} name="email" type="email" autoComplete="username" inputMode="email" required defaultValue={demo?.email} />
      <TextField
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        defaultValue={demo?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t.submitting : t.submit}
      </Button>
      {demo && (
        <Alert tone="info">
          {t.demoHint}: <strong>{demo.email}</strong> / <strong>{demo.password}</strong>
        </Alert>
      )}
    </form>
  );
}

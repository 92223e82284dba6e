"use client";

import { useRouter } from "next/navigation";
import { PasswordChangeForm } from "./password-change-form";

/** The forced change: once done, on into the app (the new token is already set). */
export function RequiredPasswordChange({ email }: { email: string }) {
  const router = useRouter();
  return (
    <PasswordChangeForm
      email={email}
      currentLabel="仮のパスワード"
      fullWidth
      onChanged={() => {
        router.replace("/customers");
        router.refresh();
      }}
    />
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RequiredPasswordChange } from "@/components/account/required-password-change";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { pageSignedIn } from "@/lib/auth/page-guards";
import { messages } from "@/messages";

const t = messages.account;
export const metadata: Metadata = { title: t.requiredTitle };

/** Where a user signed in with a temporary password is kept until a password of their own is set. */
export default async function RequiredPasswordChangePage() {
  const me = await pageSignedIn();
  if (!me.mustChangePassword) redirect("/account");
  return (
    <>
      <h1 className="text-lg font-bold">{t.requiredTitle}</h1>
      <Alert tone="info" className="mb-6 mt-3">
        {t.requiredLead}
      </Alert>
      <p className="mb-4 text-sm text-slate-600">
        {me.name}さん({me.email})
      </p>
      <RequiredPasswordChange email={me.email} />
      <div className="mt-6 border-t border-slate-200 pt-4">
        <SignOutButton className="-ml-3" />
      </div>
    </>
  );
}

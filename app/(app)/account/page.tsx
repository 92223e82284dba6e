import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/users/model";
import { pageUser } from "@/lib/auth/page-guards";
import { messages } from "@/messages";

const t = messages.account;
export const metadata: Metadata = { title: t.title };

export default async function AccountPage() {
  const me = await pageUser();
  return (
    <>
      <PageHeader title={t.title} description={t.lead} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <Card className="p-5 sm:p-6">
          <h2 className="mb-1 font-bold">{t.formTitle}</h2>
          <p className="mb-5 text-sm text-slate-600">{t.formLead}</p>
          <PasswordChangeForm email={me.email} />
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 font-bold">{t.profile}</h2>
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="text-slate-500">氏名</dt>
              <dd className="font-medium">{me.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">メールアドレス</dt>
              <dd className="break-all font-medium">{me.email}</dd>
            </div>
            <div>
              <dt className="text-slate-500">権限</dt>
              <dd className="font-medium">{ROLE_LABELS[me.role]}</dd>
            </div>
          </dl>
          <p className="mt-4 text-xs text-slate-500">{t.profileNote}</p>
        </Card>
      </div>
    </>
  );
}

import type { Metadata } from "next";
import { UserCreateForm } from "@/components/settings/user-create-form";
import { UserList } from "@/components/settings/user-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageAdmin } from "@/lib/auth/page-guards";
import { listUsers } from "@/lib/users/queries";
import { messages } from "@/messages";

const t = messages.settings;
export const metadata: Metadata = { title: t.users };

export default async function UsersPage() {
  const me = await pageAdmin();
  const users = await listUsers();
  return (
    <>
      <Breadcrumbs items={[{ label: t.title, href: "/settings" }, { label: t.users }]} />
      <PageHeader title={t.users} description={t.usersLead} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <UserList users={users} meId={me.id} />
        <UserCreateForm />
      </div>
    </>
  );
}

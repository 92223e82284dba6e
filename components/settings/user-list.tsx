import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/shared/format";
import type { UserListItem } from "@/lib/users/queries";
import { messages } from "@/messages";
import { UserRowActions } from "./user-row-actions";

const t = messages.users;

/** A table on desktop, one card per user on phones. */
export function UserList({ users, meId }: { users: UserListItem[]; meId: number }) {
  return (
    <Card>
      <ul className="divide-y divide-slate-100" aria-label="ユーザー一覧">
        {users.map((u) => (
          <li key={u.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center" data-testid="user-row">
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                <span className={u.disabledAt ? "text-slate-400 line-through" : undefined}>{u.name}</span>
                {u.id === meId && <Badge tone="brand">{t.you}</Badge>}
                {u.disabledAt ? <Badge tone="warning">{t.disabledLabel}</Badge> : <Badge tone="success">{t.active}</Badge>}
                {u.signInLocked && <Badge tone="warning">{t.lockedLabel}</Badge>}
                {u.mustChangePassword && <Badge>{t.mustChangeLabel}</Badge>}
              </p>
              <p className="truncate text-sm text-slate-600">{u.email}</p>
              <p className="text-xs text-slate-500">
                {t.createdAt}: {formatDate(u.createdAt)}
              </p>
            </div>
            <UserRowActions
              user={{ id: u.id, name: u.name, email: u.email, role: u.role, disabled: u.disabledAt !== null, locked: u.signInLocked }}
              isMe={u.id === meId}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}

"use client";

import { changeUserRoleAction, setUserDisabledAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { selectClass } from "@/components/ui/select-field";
import { ROLE_LABELS, ROLES } from "@/lib/users/schemas";
import { messages } from "@/messages";

const t = messages.users;
type Props = { user: { id: number; name: string; role: "admin" | "member"; disabled: boolean } };

export function UserRowActions({ user }: Props) {
  const { run, error, pending } = useActionRunner();

  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {`${user.name}の${t.role}`}
        </label>
        <select
          id={`role-${user.id}`}
          className={`${selectClass} w-32`}
          value={user.role}
          disabled={pending}
          onChange={(e) => {
            const role = e.target.value as (typeof ROLES)[number];
            run(() => changeUserRoleAction({ userId: user.id, role }));
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <Button
          variant={user.disabled ? "secondary" : "danger"}
          size="sm"
          disabled={pending}
          aria-label={`${user.name}を${user.disabled ? t.enable : t.disable}`}
          onClick={() => {
            if (!user.disabled && !window.confirm(`${user.name}さんの利用を停止しますか？停止すると次の操作からログアウトされます。`)) return;
            run(() => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }));
          }}
        >
          {user.disabled ? t.enable : t.disable}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

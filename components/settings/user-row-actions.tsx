"use client";

import { KeyRound, LockOpen } from "lucide-react";
import { useState } from "react";
import { changeUserRoleAction, setUserDisabledAction, unlockUserSignInAction } from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { selectClass } from "@/components/ui/select-field";
import { ROLE_LABELS, ROLES } from "@/lib/users/model";
import { messages } from "@/messages";
import { TemporaryPasswordDialog } from "./temporary-password-dialog";

const t = messages.users;
type Props = {
  user: { id: number; name: string; email: string; role: "admin" | "member"; disabled: boolean; locked: boolean };
  isMe: boolean;
};

export function UserRowActions({ user, isMe }: Props) {
  const { run, error, pending } = useActionRunner();
  const [resetting, setResetting] = useState(false);

  return (
    <div className="flex flex-col gap-2 sm:items-end">
      <div className="flex flex-wrap items-center gap-2">
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
            if (!user.disabled && !window.confirm(`${user.name}さんの利用を停止しますか？停止するとすぐにログアウトされます。`)) return;
            run(() => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }));
          }}
        >
          {user.disabled ? t.enable : t.disable}
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {user.locked && (
          <Button
            variant="secondary"
            size="sm"
            disabled={pending}
            aria-label={`${user.name}の${t.unlock}`}
            onClick={() => run(() => unlockUserSignInAction({ userId: user.id }))}
          >
            <LockOpen aria-hidden className="size-4" />
            {t.unlock}
          </Button>
        )}
        {!isMe && (
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            aria-label={`${user.name}の${t.temporaryPassword}を設定`}
            onClick={() => setResetting(true)}
          >
            <KeyRound aria-hidden className="size-4" />
            {t.setTemporary}
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
      {!isMe && <TemporaryPasswordDialog user={user} open={resetting} onClose={() => setResetting(false)} />}
    </div>
  );
}

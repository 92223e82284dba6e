"use client";

import type { ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/shared/action-result";
import { Alert } from "./alert";
import { Button } from "./button";
import { SheetDialog } from "./sheet-dialog";

/**
 * A button that asks first (a dialog, a bottom sheet on phones), runs a server action, and
 * then goes to `doneHref` (without one: closes and refreshes the current page). A refusal
 * stays in the dialog with its message. `trigger` replaces the default button (e.g. an
 * icon in a list row) and receives the function that opens the dialog.
 */
export function ConfirmActionButton({
  label,
  title,
  confirmLabel,
  pendingLabel,
  children,
  action,
  doneHref,
  failedMessage = "実行できませんでした",
  trigger,
  variant = "danger",
}: {
  label: ReactNode;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  children: ReactNode;
  action: () => Promise<ActionResult<unknown>>;
  doneHref?: string;
  failedMessage?: string;
  trigger?: (open: () => void) => ReactNode;
  variant?: "danger" | "primary" | "secondary";
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (result?.ok) {
        if (doneHref) router.push(doneHref);
        else setOpen(false);
        router.refresh();
      } else setError(result && !result.ok ? (result.formError ?? failedMessage) : "サーバーに接続できませんでした");
    });
  return (
    <>
      {trigger ? (
        trigger(() => setOpen(true))
      ) : (
        <Button variant={variant} onClick={() => setOpen(true)}>
          {label}
        </Button>
      )}
      <SheetDialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              キャンセル
            </Button>
            <Button variant={variant} onClick={confirm} disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm">
          {error && <Alert>{error}</Alert>}
          {children}
        </div>
      </SheetDialog>
    </>
  );
}

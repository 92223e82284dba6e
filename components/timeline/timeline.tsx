"use client";

import { CalendarClock, FileText, Megaphone, RefreshCw } from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/shared/action-result";
import { cn } from "@/lib/shared/cn";
import { formatDateTime } from "@/lib/shared/format";
import type { TimelineItem } from "@/lib/timeline/model";
import type { TimelinePage, TimelineScope } from "@/lib/timeline/queries";
import { customerTimelineAction } from "@/lib/customers/actions";
import { organizationTimelineAction } from "@/lib/organizations/actions";

const ICONS = { status_change: RefreshCw, report: FileText, schedule: CalendarClock, campaign: Megaphone } as const;

/**
 * 対応履歴, newest first. Further pages load below with a keyset cursor, so entries written
 * meanwhile neither repeat nor go missing. `showCustomer` names the member on each entry
 * (an organization's timeline).
 */
export function Timeline({
  initial,
  scope,
  emptyText = "対応履歴はまだありません",
}: {
  initial: TimelinePage;
  scope: TimelineScope;
  emptyText?: string;
}) {
  const showCustomer = "organizationId" in scope;
  const load = (cursor: string): Promise<ActionResult<TimelinePage>> =>
    "organizationId" in scope
      ? organizationTimelineAction({ id: scope.organizationId, cursor })
      : customerTimelineAction({ id: scope.customerId, cursor });
  const [items, setItems] = useState<TimelineItem[]>(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // A refresh (a schedule marked done, a report saved) brings a new first page: start over from it.
  const [shown, setShown] = useState(initial);
  if (shown !== initial) {
    setShown(initial);
    setItems(initial.items);
    setCursor(initial.nextCursor);
  }

  const more = () =>
    startTransition(async () => {
      if (!cursor) return;
      const result = await load(cursor).catch(() => null);
      if (!result?.ok || !result.data)
        return setError(result && !result.ok && result.formError ? result.formError : "続きを読み込めませんでした");
      const page = result.data;
      setItems((prev) => [...prev, ...page.items.filter((i) => !prev.some((p) => p.entryId === i.entryId))]);
      setCursor(page.nextCursor);
    });

  if (items.length === 0)
    return <p className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-500">{emptyText}</p>;
  return (
    <div className="space-y-3">
      <ol className="relative space-y-4 border-l border-slate-200 pl-5" aria-label="対応履歴">
        {items.map((item) => {
          const Icon = ICONS[item.kind];
          return (
            <li key={item.entryId} className="relative" data-kind={item.kind}>
              <span
                className={cn(
                  "absolute top-0.5 -left-[1.95rem] grid size-6 place-items-center rounded-full ring-4 ring-white",
                  item.tone === "overdue"
                    ? "bg-red-100 text-red-700"
                    : item.tone === "upcoming"
                      ? "bg-amber-100 text-amber-700"
                      : "bg-brand-50 text-brand-700",
                )}
              >
                <Icon aria-hidden className="size-3.5" />
              </span>
              <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
                <time className="tabular-nums">{formatDateTime(new Date(item.occurredAt))}</time>
                {showCustomer && (
                  <Link href={`/customers/${item.customer.id}`} className="font-medium text-brand-700 hover:underline">
                    {item.customer.name} 様
                  </Link>
                )}
              </div>
              <p className="text-sm font-medium text-slate-900">
                {item.href ? (
                  <Link href={item.href} className="hover:underline">
                    {item.title}
                  </Link>
                ) : (
                  item.title
                )}
              </p>
              {item.lines.map((line, i) => (
                <p key={i} className="text-sm whitespace-pre-wrap text-slate-600">
                  {line}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
      {error && <Alert>{error}</Alert>}
      {cursor && (
        <Button variant="secondary" size="sm" onClick={more} disabled={pending}>
          {pending ? "読み込み中…" : "さらに表示"}
        </Button>
      )}
    </div>
  );
}

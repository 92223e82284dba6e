import { Hammer } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { messages } from "@/messages";

/** An honest placeholder for a menu entry whose feature has not been built yet. */
export function ComingSoon({ title, plan }: { title: string; plan: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="flex flex-col items-center px-6 py-14 text-center">
        <span className="mb-4 grid size-14 place-items-center rounded-full bg-amber-50 text-amber-600">
          <Hammer aria-hidden className="size-7" />
        </span>
        <Badge tone="warning">{messages.comingSoon.badge}</Badge>
        <p className="mt-3 font-medium text-slate-800">{messages.comingSoon.body}</p>
        <p className="mt-2 max-w-md text-sm text-slate-600">{plan}</p>
      </Card>
    </>
  );
}

import { Alert } from "@/components/ui/alert";
import type { Notice } from "./types";

/** Always in the page, so screen readers announce what is put in it. */
export function NoticeArea({ notice, error }: { notice: Notice | null; error?: string | null }) {
  return (
    <div aria-live="polite" className="empty:hidden mb-4 space-y-2">
      {error && <Alert>{error}</Alert>}
      {notice && (notice.visible ? <Alert tone="success">{notice.text}</Alert> : <p className="sr-only">{notice.text}</p>)}
    </div>
  );
}

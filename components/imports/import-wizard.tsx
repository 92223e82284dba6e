"use client";

import { useEffect, useState, useTransition } from "react";
import { cancelImportAction, commitImportAction } from "@/lib/imports/actions";
import { Alert } from "@/components/ui/alert";
import type { ImportJobView } from "@/lib/imports/jobs";
import type { ImportKind } from "@/lib/imports/model";
import { MappingStep, type WizardContext } from "./mapping-step";
import { DoneStep, StoppedStep } from "./outcome-step";
import { PreviewStep } from "./preview-step";
import { ProgressStep } from "./progress-step";
import { StepIndicator } from "./step-indicator";
import { UploadStep } from "./upload-step";

const RUNNING = new Set<ImportJobView["state"]>(["validating", "committing"]);
const POLL_MS = 1000;

function stepOf(job: ImportJobView | null, editing: boolean): number {
  if (!job) return 0;
  if (editing || job.state === "uploaded") return 1;
  if (job.state === "validating" || job.state === "validated") return 2;
  if (job.failedPhase === "validate" || job.state === "cancelled") return 2;
  return 3;
}

/** Follows a running job through GET /api/imports/<id> until its state settles. */
function usePolling(job: ImportJobView | null, setJob: (job: ImportJobView) => void) {
  const id = job?.id;
  const running = job ? RUNNING.has(job.state) : false;
  useEffect(() => {
    if (!id || !running) return;
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/imports/${id}`, { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      if (response?.ok) setJob((await response.json()) as ImportJobView);
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, running, setJob]);
}

export function ImportWizard({
  kind,
  context,
  initialJob,
  list,
}: {
  kind: ImportKind;
  context: WizardContext;
  initialJob: ImportJobView | null;
  list: { href: string; label: string };
}) {
  const [job, setJob] = useState<ImportJobView | null>(initialJob?.state === "uploading" ? null : initialJob);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  usePolling(job, setJob);

  // The job lives in the URL, so a reload (or a colleague's link) comes back to it.
  useEffect(() => {
    const url = job ? `${window.location.pathname}?job=${job.id}` : window.location.pathname;
    if (`${window.location.pathname}${window.location.search}` !== url) window.history.replaceState(null, "", url);
  }, [job]);

  function show(next: ImportJobView) {
    setError(null);
    setEditing(false);
    setJob(next);
  }

  function run(action: () => Promise<{ ok: boolean; data?: ImportJobView; formError?: string }>) {
    setError(null);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (result?.ok && result.data) show(result.data);
      else setError(result?.formError ?? "サーバーに接続できませんでした");
    });
  }

  const cancel = () => job && run(() => cancelImportAction({ jobId: job.id }));
  const restart = () => {
    setEditing(false);
    setError(null);
    setJob(null);
  };

  let body;
  if (!job) body = <UploadStep kind={kind} onUploaded={show} />;
  else if (editing || job.state === "uploaded") body = <MappingStep job={job} context={context} onChanged={show} onCancel={cancel} />;
  else if (RUNNING.has(job.state)) body = <ProgressStep job={job} onCancel={job.state === "validating" ? cancel : undefined} />;
  else if (job.state === "validated") body = <PreviewStep job={job} onChanged={show} onEdit={() => setEditing(true)} onCancel={cancel} />;
  else if (job.state === "done") body = <DoneStep job={job} list={list} onRestart={restart} />;
  else
    body = (
      <StoppedStep
        job={job}
        pending={pending}
        onRetryCommit={() => run(() => commitImportAction({ jobId: job.id, skipErrorRows: job.errorCount > 0 }))}
        onEdit={() => setEditing(true)}
        onRestart={restart}
      />
    );

  return (
    <div className="max-w-4xl">
      <StepIndicator current={stepOf(job, editing)} />
      {error && <Alert className="mb-4">{error}</Alert>}
      {body}
    </div>
  );
}

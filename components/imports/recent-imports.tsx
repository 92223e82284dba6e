import Link from "next/link";
import type { ImportJobListItem } from "@/lib/imports/jobs";
import { formatDateTime } from "@/lib/shared/format";
import { STATE_LABELS } from "./format";

export function RecentImports({ jobs, basePath }: { jobs: ImportJobListItem[]; basePath: string }) {
  if (jobs.length === 0) return null;
  return (
    <section aria-labelledby="recent-imports" className="mt-8">
      <h2 id="recent-imports" className="mb-2 text-sm font-semibold text-slate-700">
        最近のインポート
      </h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm">
        {jobs.map((job) => (
          <li key={job.id}>
            <Link
              href={`${basePath}?job=${job.id}`}
              className="flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 hover:bg-slate-50"
            >
              <span className="min-w-0 break-all font-medium text-slate-800">{job.fileName}</span>
              <span className="text-xs text-slate-500">
                {formatDateTime(new Date(job.createdAt))} ・ {STATE_LABELS[job.state]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

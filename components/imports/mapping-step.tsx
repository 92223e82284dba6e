"use client";

import { useId, useMemo, useState } from "react";
import { configureImportAction } from "@/lib/imports/actions";
import { controlClass } from "@/components/template-form/control-props";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import {
  DUPLICATE_MODE_LABELS,
  DUPLICATE_MODES,
  type DuplicateMode,
  autoMapping,
  duplicateKeyChoices,
  importTargets,
  mappingProblems,
} from "@/lib/imports/model";
import type { ImportJobView } from "@/lib/imports/jobs";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { formatBytes } from "./format";

export type WizardTemplate = { id: number; name: string; fields: FieldDefinition[] };
export type WizardContext = { templates: WizardTemplate[]; statuses: { id: number; name: string }[]; withOrganization: boolean };

/** Step 2: which column goes to which field, the template, and what to do with duplicates. */
export function MappingStep({
  job,
  context,
  onChanged,
  onCancel,
}: {
  job: ImportJobView;
  context: WizardContext;
  onChanged: (job: ImportJobView) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const saved = job.options;
  const [templateId, setTemplateId] = useState(saved?.templateId ?? context.templates[0]?.id ?? 0);
  const template = context.templates.find((t) => t.id === templateId) ?? context.templates[0];
  const targets = useMemo(
    () => (template ? importTargets(job.kind, template.fields, context.withOrganization) : []),
    [template, job.kind, context.withOrganization],
  );
  const [columns, setColumns] = useState<string[]>(() => saved?.columns ?? autoMapping(job.kind, job.headers, targets));
  const [mode, setMode] = useState<DuplicateMode>(saved?.duplicateMode ?? "skip");
  const keyChoices = template ? duplicateKeyChoices(template.fields) : [];
  const [key, setKey] = useState(saved?.duplicateKey ?? "name");
  const [defaultStatusId, setDefaultStatusId] = useState(saved?.defaultStatusId ?? context.statuses[0]?.id);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const problems = mappingProblems(columns, targets, { mode, key });

  function chooseTemplate(next: number) {
    setTemplateId(next);
    const t = context.templates.find((x) => x.id === next);
    if (t) setColumns(autoMapping(job.kind, job.headers, importTargets(job.kind, t.fields, context.withOrganization)));
    setKey("name");
  }

  async function submit() {
    setPending(true);
    setError(null);
    const result = await configureImportAction({
      jobId: job.id,
      templateId,
      columns,
      duplicateMode: mode,
      duplicateKey: key,
      defaultStatusId,
    }).catch(() => null);
    setPending(false);
    if (result?.ok && result.data) onChanged(result.data);
    else setError(result && !result.ok ? (result.formError ?? "設定を保存できませんでした") : "サーバーに接続できませんでした");
  }

  if (!template) return <Alert>使用できるテンプレートがありません。管理者が 設定 &gt; テンプレート で作成してください。</Alert>;
  return (
    <div className="space-y-4">
      <Card className="space-y-4 p-4 sm:p-6">
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">ファイル</dt>
          <dd className="break-all font-medium">
            {job.fileName}({formatBytes(job.fileSize)})
          </dd>
          <dt className="text-slate-500">文字コード</dt>
          <dd>{job.encodingLabel}(自動判定)</dd>
        </dl>
        {context.templates.length > 1 && (
          <div className="space-y-1.5">
            <label htmlFor={`${id}-template`} className="block text-sm font-medium text-slate-700">
              テンプレート
            </label>
            <select
              id={`${id}-template`}
              className={`${controlClass} sm:max-w-xs`}
              value={templateId}
              onChange={(e) => chooseTemplate(Number(e.target.value))}
            >
              {context.templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </Card>

      <Card className="p-4 sm:p-6">
        <h2 className="mb-1 text-base font-semibold">列の対応</h2>
        <p className="mb-4 text-sm text-slate-600">見出しから自動で対応させました。違っている列は取り込み先を選び直してください。</p>
        <ul className="divide-y divide-slate-100">
          {job.headers.map((header, index) => (
            <li key={index} className="grid gap-2 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,16rem)] sm:items-center sm:gap-4">
              <div className="min-w-0">
                <label htmlFor={`${id}-col-${index}`} className="block text-sm font-medium text-slate-800">
                  {header}
                </label>
                <p className="truncate text-xs text-slate-500">
                  例:{" "}
                  {job.sample
                    .map((r) => r[index] ?? "")
                    .filter(Boolean)
                    .slice(0, 3)
                    .join(" / ") || "(空欄)"}
                </p>
              </div>
              <select
                id={`${id}-col-${index}`}
                className={controlClass}
                value={columns[index] ?? ""}
                onChange={(e) => setColumns((c) => job.headers.map((_, i) => (i === index ? e.target.value : (c[i] ?? ""))))}
              >
                <option value="">取り込まない</option>
                {targets.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                    {t.required ? "(必須)" : ""}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </Card>

      <Card className="space-y-4 p-4 sm:p-6">
        <fieldset className="space-y-2">
          <legend className="mb-1 text-base font-semibold">同じものが登録済みのとき</legend>
          {DUPLICATE_MODES.map((m) => (
            <label
              key={m}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-checked:border-brand-500 has-checked:bg-brand-50"
            >
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-1 size-4" />
              <span>
                <span className="block text-sm font-medium">{DUPLICATE_MODE_LABELS[m].label}</span>
                <span className="block text-xs text-slate-600">{DUPLICATE_MODE_LABELS[m].description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {mode !== "create" && (
          <div className="space-y-1.5">
            <label htmlFor={`${id}-key`} className="block text-sm font-medium text-slate-700">
              同じものかどうかを判定する項目
            </label>
            <select id={`${id}-key`} className={`${controlClass} sm:max-w-xs`} value={key} onChange={(e) => setKey(e.target.value)}>
              {keyChoices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {job.kind === "customer" && context.statuses.length > 0 && (
          <div className="space-y-1.5">
            <label htmlFor={`${id}-status`} className="block text-sm font-medium text-slate-700">
              ステータスが空欄の新しい顧客のステータス
            </label>
            <select
              id={`${id}-status`}
              className={`${controlClass} sm:max-w-xs`}
              value={defaultStatusId}
              onChange={(e) => setDefaultStatusId(Number(e.target.value))}
            >
              {context.statuses.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </Card>

      {problems.length > 0 && (
        <Alert tone="info">
          <ul className="list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      {error && <Alert className="whitespace-pre-line">{error}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          中止
        </Button>
        <Button onClick={() => void submit()} disabled={pending || problems.length > 0}>
          {pending ? "確認を始めています…" : "内容を確認する(まだ登録されません)"}
        </Button>
      </div>
    </div>
  );
}

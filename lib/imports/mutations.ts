import "server-only";
import { DomainError } from "@/lib/errors";
import { runAfterResponse } from "./background";
import { runCommit } from "./commit";
import { commitImportInput, configureImportInput, importJobIdInput, type CommitImportInput, type ConfigureImportInput } from "./model";
import { authorizeJob, getImportJob, type ImportJobView } from "./jobs";
import { buildPlan } from "./plan";
import { cancelJob, claimCommit, claimValidation } from "./run-state";
import { runValidation } from "./validate";

/**
 * The mapping step's 「確認する」: checks the choices now (so a wrong mapping is a form
 * error, not a failed job), stores them and starts the dry run after the response.
 */
export async function configureImport(input: ConfigureImportInput): Promise<ImportJobView> {
  const { jobId, ...options } = configureImportInput.parse(input);
  const { job } = await authorizeJob(jobId);
  if (!job.encoding || !job.headers) throw new DomainError("ファイルのアップロードが終わっていません。もう一度ファイルを選んでください。");
  const plan = await buildPlan(job.kind, options, job.headers);
  const runId = await claimValidation(job.id, plan.options);
  runAfterResponse(() => runValidation(job.id, runId));
  return getImportJob(job.id);
}

/** 「登録する」: the commit runs after the response; the page follows its progress. */
export async function commitImport(input: CommitImportInput): Promise<ImportJobView> {
  const { jobId, skipErrorRows } = commitImportInput.parse(input);
  const { job } = await authorizeJob(jobId);
  if (job.errorCount > 0 && !skipErrorRows) {
    throw new DomainError(
      "エラーのある行があります。ファイルを直してからもう一度アップロードするか、「エラーの行を除いて登録する」を選んでください。",
    );
  }
  await buildPlan(job.kind, job.options, job.headers ?? []);
  const runId = await claimCommit(job.id, skipErrorRows);
  runAfterResponse(() => runCommit(job.id, runId));
  return getImportJob(job.id);
}

export async function cancelImport(input: { jobId: string }): Promise<ImportJobView> {
  const { jobId } = importJobIdInput.parse(input);
  const { job } = await authorizeJob(jobId);
  await cancelJob(job.id);
  return getImportJob(job.id);
}

import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

export type AppServer = { url: string; stop: () => Promise<void> };

/**
 * `next start` of an existing production build (`npx next build`) in `appDir`, on the
 * bench's database: DATABASE_URL, or the PGlite directory, which the bench process must
 * have closed first (PGlite has no lock between processes). Waits for /api/health.
 */
export async function startAppServer(options: {
  appDir: string;
  port: number;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  /** Options for node itself, e.g. --cpu-prof to see where a request's time goes. */
  nodeArgs?: string[];
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const next = path.join(options.appDir, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), next, "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      cwd: options.appDir,
      env: { ...process.env, ...options.env, NODE_ENV: "production", NEXTAUTH_URL: url, PORT: String(options.port) },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) {
      options.log(`next start on ${url} (pid ${child.pid}) is up`);
      return { url, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next start did not answer /api/health within 180 s:\n${output}`);
}

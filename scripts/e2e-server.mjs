// One app server for one Playwright project: the built app (`next build` first) on a fresh
// PGlite directory, so every run starts at first-run setup.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] ?? "3101";
const dataDir = `.e2e/${port}`;
rmSync(dataDir, { recursive: true, force: true });

const env = { ...process.env, PGLITE_DATA_DIR: `${dataDir}/pglite`, PORT: port, NEXTAUTH_URL: `http://127.0.0.1:${port}` };
delete env.DATABASE_URL;
const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

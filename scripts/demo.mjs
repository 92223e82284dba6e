// `npm run demo`: the embedded database with demo data, a production build, served on :3000.
// The seed runs before the server, never beside it (PGlite has no lock between processes).
import { spawnSync, spawn } from "node:child_process";

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// react-server: lib/ modules import "server-only", which throws under any other condition.
run("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts"]);
run("npx", ["next", "build"]);
console.log(`\n顧客管理 デモ: http://localhost:${port}  (demo@example.com / demo-password)\n`);
const server = spawn("npx", ["next", "start", "-p", port], {
  stdio: "inherit",
  env: { NEXTAUTH_URL: `http://localhost:${port}`, ...process.env, DEMO_MODE: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

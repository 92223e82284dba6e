// Prints the URL of a fresh database on the local PostgreSQL, or nothing if none answers.
import postgres from "postgres";

const base = process.env.CI_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `crm_ci_${Date.now()}_${process.pid}`;
const sql = postgres(base, { max: 1, connect_timeout: 5, onnotice: () => {} });
try {
  await sql.unsafe(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  console.log(url.toString());
} catch (error) {
  console.error(`no local PostgreSQL for integration tests: ${error.message}`);
} finally {
  await sql.end({ timeout: 1 });
}

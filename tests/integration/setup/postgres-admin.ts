import postgres from "postgres";

/** A connection to the server's maintenance database, for CREATE/DROP DATABASE. */
export function adminConnection(url = process.env.TEST_DATABASE_URL ?? "") {
  return postgres(url, { max: 1, onnotice: () => {} });
}

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

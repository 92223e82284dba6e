import "server-only";

/** The demo admin that `npm run db:seed` creates; shown on the sign-in page in demo mode only. */
export const DEMO_ADMIN = { email: "demo@example.com", password: "demo-password", name: "デモ管理者" } as const;

export function demoCredentials(): { email: string; password: string } | null {
  return process.env.DEMO_MODE === "1" ? { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password } : null;
}

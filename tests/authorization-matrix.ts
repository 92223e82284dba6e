/**
 * Every page, server action and route handler, with who may use it. A unit test fails when
 * a file under app/ is missing here; the integration and e2e suites check each entry as an
 * anonymous visitor, a member and an admin.
 *
 * access:
 * - public: anyone, signed in or not (health check, next-auth's own endpoints)
 * - guest:  visitors; a signed-in user is sent on to the app
 * - setup:  only while the installation has no user at all (first-run setup)
 * - user:   any signed-in, non-disabled user
 * - admin:  admins only (members get 403 / a refusal)
 */
export type Access = "public" | "guest" | "setup" | "user" | "admin";

export type PageEntry = {
  route: string;
  access: Access;
  feature?: "organizations";
  /** Where an allowed user is sent instead of a 200 page. */
  redirectsTo?: string;
};
export type RouteHandlerEntry = { route: string; methods: string[]; access: Access };
export type ActionEntry = {
  file: string;
  name: string;
  access: Access;
  /** Valid input, so that only authorization can refuse it. */
  input: (ctx: { memberId: number; adminId: number; unique: string }) => unknown;
};

export const PAGES: PageEntry[] = [
  { route: "/", access: "user", redirectsTo: "/customers" },
  { route: "/login", access: "guest" },
  { route: "/setup", access: "setup" },
  { route: "/customers", access: "user" },
  { route: "/customers/new", access: "user" },
  { route: "/organizations", access: "user", feature: "organizations" },
  { route: "/organizations/new", access: "user", feature: "organizations" },
  { route: "/organizations/import", access: "user", feature: "organizations" },
  { route: "/reports", access: "user" },
  { route: "/schedules", access: "user" },
  { route: "/campaigns", access: "user" },
  { route: "/settings", access: "admin" },
  { route: "/settings/features", access: "admin" },
  { route: "/settings/users", access: "admin" },
];

export const ROUTE_HANDLERS: RouteHandlerEntry[] = [
  { route: "/api/health", methods: ["GET"], access: "public" },
  { route: "/api/auth/[...nextauth]", methods: ["GET", "POST"], access: "public" },
];

export const ACTIONS: ActionEntry[] = [
  {
    file: "app/(auth)/setup/actions.ts",
    name: "setupFirstAdminAction",
    access: "setup",
    input: ({ unique }) => ({ name: "管理者", email: `${unique}@example.test`, password: "long-enough-1", passwordConfirmation: "long-enough-1" }),
  },
  {
    file: "app/(app)/settings/features/actions.ts",
    name: "setFeatureAction",
    access: "admin",
    input: () => ({ key: "organizations", enabled: true }),
  },
  {
    file: "app/(app)/settings/users/actions.ts",
    name: "createUserAction",
    access: "admin",
    input: ({ unique }) => ({ name: "新人", email: `${unique}@example.test`, password: "long-enough-1", role: "member" }),
  },
  {
    file: "app/(app)/settings/users/actions.ts",
    name: "changeUserRoleAction",
    access: "admin",
    input: ({ memberId }) => ({ userId: memberId, role: "member" }),
  },
  {
    file: "app/(app)/settings/users/actions.ts",
    name: "setUserDisabledAction",
    access: "admin",
    input: ({ memberId }) => ({ userId: memberId, disabled: false }),
  },
];

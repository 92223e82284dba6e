/**
 * Every page, route handler (under app/) and server action (lib/<area>/actions.ts), with who
 * may use it. A unit test fails when one is missing here; the integration and e2e suites check each entry as an
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
  /** A real URL for a dynamic route (the e2e server seeds templates at first-run setup). */
  sample?: string;
};
export type RouteHandlerEntry = {
  route: string;
  methods: string[];
  access: Access;
  /** A real URL for a dynamic route, and what a signed-in user gets there (default 200). */
  sample?: string;
  userStatus?: number;
};
/** Fresh for every call: records the integration test made for the actions to act on. */
export type ActionContext = {
  memberId: number;
  adminId: number;
  /** The current password of the member and the admin (they may change it). */
  password: string;
  /** A user of its own, for admin actions that would stop the member from acting (a temporary password). */
  spareUserId: number;
  unique: string;
  /** A customer template (not the default), as stored right now. */
  template: { id: number; version: number; name: string; fields: unknown[] };
  /** A status, a class and a tag of their own, used by no customer (so deleting them succeeds). */
  statusId: number;
  classId: number;
  tagId: number;
  /** A customer of its own (so deleting it succeeds), and a saved view the member made. */
  customer: { id: number; version: number; templateId: number; statusId: number };
  savedViewId: number;
  /** An organization of its own (the 顧客組織 feature is on while actions run). */
  organization: { id: number; version: number; templateId: number };
  /** A 商談記録 and a 予定 of the customer above. */
  report: { id: number; version: number; customerId: number; templateId: number };
  schedule: { id: number; version: number; customerId: number };
  /** A draft 販促活動 whose criteria match the customer above, and an executed one with its target. */
  campaign: { id: number; version: number };
  executedCampaign: { id: number; targetId: number };
  /** Customer-import jobs owned by the member: one uploaded, one validated. */
  importJobs: { uploadedId: string; validatedId: string; templateId: number; columns: string[] };
};

export type ActionEntry = {
  file: string;
  name: string;
  access: Access;
  /** Refused to everyone while this feature is off. */
  feature?: "organizations";
  /** Valid input, so that only authorization can refuse it. */
  input: (ctx: ActionContext) => unknown;
};

export const PAGES: PageEntry[] = [
  { route: "/", access: "user", redirectsTo: "/customers" },
  { route: "/login", access: "guest" },
  { route: "/setup", access: "setup" },
  { route: "/customers", access: "user" },
  { route: "/customers/new", access: "user" },
  { route: "/customers/[id]", access: "user", sample: "/customers/1" },
  { route: "/customers/import", access: "user" },
  { route: "/reports/new", access: "user" },
  { route: "/reports/[id]", access: "user", sample: "/reports/1" },
  { route: "/reports/[id]/edit", access: "user", sample: "/reports/1/edit" },
  { route: "/schedules/new", access: "user" },
  { route: "/schedules/[id]/edit", access: "user", sample: "/schedules/1/edit" },
  { route: "/customers/[id]/edit", access: "user", sample: "/customers/1/edit" },
  { route: "/organizations", access: "user", feature: "organizations" },
  { route: "/organizations/new", access: "user", feature: "organizations" },
  { route: "/organizations/[id]", access: "user", feature: "organizations", sample: "/organizations/1" },
  { route: "/organizations/[id]/edit", access: "user", feature: "organizations", sample: "/organizations/1/edit" },
  { route: "/organizations/import", access: "user", feature: "organizations" },
  { route: "/reports", access: "user" },
  { route: "/schedules", access: "user" },
  { route: "/campaigns", access: "user" },
  { route: "/campaigns/new", access: "user" },
  { route: "/campaigns/[id]", access: "user", sample: "/campaigns/1" },
  { route: "/campaigns/[id]/edit", access: "user", sample: "/campaigns/1/edit" },
  { route: "/campaigns/[id]/labels", access: "user", sample: "/campaigns/1/labels" },
  { route: "/settings", access: "admin" },
  { route: "/settings/features", access: "admin" },
  { route: "/settings/users", access: "admin" },
  { route: "/settings/templates", access: "admin" },
  { route: "/settings/statuses", access: "admin" },
  { route: "/settings/classes", access: "admin" },
  { route: "/settings/tags", access: "admin" },
  { route: "/settings/templates/[id]", access: "admin", sample: "/settings/templates/1" },
  { route: "/settings/templates/[id]/preview", access: "admin", sample: "/settings/templates/1/preview" },
  { route: "/settings/audit", access: "admin" },
  { route: "/account", access: "user" },
  // Only for a user with a temporary password; anyone else is sent on to /account.
  { route: "/change-password", access: "user", redirectsTo: "/account" },
];

export const ROUTE_HANDLERS: RouteHandlerEntry[] = [
  { route: "/api/health", methods: ["GET"], access: "public" },
  { route: "/api/export/customers", methods: ["GET"], access: "user" },
  { route: "/api/export/organizations", methods: ["GET"], access: "user" },
  { route: "/api/export/reports", methods: ["GET"], access: "user" },
  { route: "/api/export/audit", methods: ["GET"], access: "admin" },
  // Campaign 1 is executed at first-run setup (e2e); a draft has no address list.
  {
    route: "/api/export/campaigns/[id]/targets",
    methods: ["GET"],
    access: "user",
    sample: "/api/export/campaigns/1/targets?encoding=utf8",
  },
  { route: "/api/imports", methods: ["GET", "POST"], access: "user" },
  // Someone else's or a missing job reads as not found.
  {
    route: "/api/imports/[id]",
    methods: ["GET"],
    access: "user",
    sample: "/api/imports/00000000-0000-4000-8000-000000000000",
    userStatus: 404,
  },
  {
    route: "/api/imports/[id]/errors",
    methods: ["GET"],
    access: "user",
    sample: "/api/imports/00000000-0000-4000-8000-000000000000/errors",
    userStatus: 404,
  },
  { route: "/api/auth/[...nextauth]", methods: ["GET", "POST"], access: "public" },
];

export const ACTIONS: ActionEntry[] = [
  {
    file: "lib/setup/actions.ts",
    name: "setupFirstAdminAction",
    access: "setup",
    input: ({ unique }) => ({
      name: "管理者",
      email: `${unique}@example.test`,
      password: "long-enough-1",
      passwordConfirmation: "long-enough-1",
    }),
  },
  {
    file: "lib/features/actions.ts",
    name: "setFeatureAction",
    access: "admin",
    input: () => ({ key: "organizations", enabled: true }),
  },
  {
    file: "lib/users/actions.ts",
    name: "createUserAction",
    access: "admin",
    input: ({ unique }) => ({ name: "新人", email: `${unique}@example.test`, password: "long-enough-1", role: "member" }),
  },
  {
    file: "lib/users/actions.ts",
    name: "changeUserRoleAction",
    access: "admin",
    input: ({ memberId }) => ({ userId: memberId, role: "member" }),
  },
  {
    file: "lib/users/actions.ts",
    name: "setUserDisabledAction",
    access: "admin",
    input: ({ memberId }) => ({ userId: memberId, disabled: false }),
  },
  {
    file: "lib/users/actions.ts",
    name: "setTemporaryPasswordAction",
    access: "admin",
    input: ({ spareUserId }) => ({ userId: spareUserId, password: "kari-pass-7q2m" }),
  },
  {
    file: "lib/users/actions.ts",
    name: "unlockUserSignInAction",
    access: "admin",
    input: ({ memberId }) => ({ userId: memberId }),
  },
  {
    file: "lib/users/actions.ts",
    name: "changePasswordAction",
    access: "user",
    // Back to the same password each time is refused, so each call sets a new one (see the test).
    input: ({ password, unique }) => ({
      currentPassword: password,
      newPassword: `atarashii-${unique}`,
      newPasswordConfirmation: `atarashii-${unique}`,
    }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "createTemplateAction",
    access: "admin",
    input: ({ unique }) => ({ kind: "customer", name: unique }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "updateTemplateAction",
    access: "admin",
    input: ({ template }) => ({ id: template.id, version: template.version, name: template.name, fields: template.fields }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "setDefaultTemplateAction",
    access: "admin",
    input: ({ template }) => ({ id: template.id }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "archiveTemplateAction",
    access: "admin",
    input: ({ template }) => ({ id: template.id }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "restoreTemplateAction",
    access: "admin",
    input: ({ template }) => ({ id: template.id }),
  },
  {
    file: "lib/templates/actions.ts",
    name: "checkTemplateValuesAction",
    access: "admin",
    input: ({ template }) => ({ templateId: template.id, values: { name: "会田 一郎", searchKeywords: "あいだ" } }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "createStatusAction",
    access: "admin",
    input: ({ unique }) => ({ name: unique, color: "blue" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "updateStatusAction",
    access: "admin",
    input: ({ statusId, unique }) => ({ id: statusId, name: unique, color: "green" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "moveStatusAction",
    access: "admin",
    input: ({ statusId }) => ({ id: statusId, direction: "up" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "deleteStatusAction",
    access: "admin",
    input: ({ statusId }) => ({ id: statusId }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "createClassAction",
    access: "admin",
    input: ({ unique }) => ({ name: unique, color: "blue" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "updateClassAction",
    access: "admin",
    input: ({ classId, unique }) => ({ id: classId, name: unique, color: "green" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "moveClassAction",
    access: "admin",
    input: ({ classId }) => ({ id: classId, direction: "up" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "deleteClassAction",
    access: "admin",
    input: ({ classId }) => ({ id: classId }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "createTagAction",
    access: "admin",
    input: ({ unique }) => ({ name: unique, color: "blue" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "updateTagAction",
    access: "admin",
    input: ({ tagId, unique }) => ({ id: tagId, name: unique, color: "green" }),
  },
  {
    file: "lib/customer-settings/actions.ts",
    name: "deleteTagAction",
    access: "admin",
    input: ({ tagId }) => ({ id: tagId }),
  },
  ...customerActions(),
  ...organizationActions(),
  ...campaignActions(),
  ...activityActions(),
  ...importActions(),
];

function activityActions(): ActionEntry[] {
  const reports = "lib/reports/actions.ts";
  const schedules = "lib/schedules/actions.ts";
  const at = "2026-04-01T10:00";
  const entries: [string, string, ActionEntry["input"]][] = [
    [
      reports,
      "createReportAction",
      ({ customer, report }) => ({
        templateId: report.templateId,
        customerId: customer.id,
        occurredAt: at,
        title: "",
        values: { meetingAt: at, content: "権限確認" },
      }),
    ],
    [
      reports,
      "updateReportAction",
      ({ report }) => ({
        id: report.id,
        version: report.version,
        customerId: report.customerId,
        occurredAt: at,
        title: "更新",
        values: { meetingAt: at, content: "更新" },
      }),
    ],
    [reports, "deleteReportAction", ({ report }) => ({ id: report.id, version: report.version })],
    [reports, "reportCustomerOptionsAction", () => ({ keyword: "あいだ" })],
    [
      schedules,
      "createScheduleAction",
      ({ customer }) => ({ customerId: customer.id, title: "権限確認", startsAt: at, endsAt: "", place: "", note: "", assigneeId: "" }),
    ],
    [
      schedules,
      "updateScheduleAction",
      ({ schedule }) => ({
        id: schedule.id,
        version: schedule.version,
        customerId: schedule.customerId,
        title: "更新",
        startsAt: at,
        endsAt: "",
        place: "",
        note: "",
        assigneeId: "",
      }),
    ],
    [schedules, "setScheduleDoneAction", ({ schedule }) => ({ id: schedule.id, done: true })],
    [schedules, "deleteScheduleAction", ({ schedule }) => ({ id: schedule.id, version: schedule.version })],
  ];
  return entries.map(([file, name, input]) => ({ file, name, access: "user", input }));
}

function importActions(): ActionEntry[] {
  const file = "lib/imports/actions.ts";
  const entries: [string, ActionEntry["input"]][] = [
    [
      "configureImportAction",
      ({ importJobs: j }) => ({ jobId: j.uploadedId, templateId: j.templateId, columns: j.columns, duplicateMode: "create" }),
    ],
    ["commitImportAction", ({ importJobs: j }) => ({ jobId: j.validatedId })],
    ["cancelImportAction", ({ importJobs: j }) => ({ jobId: j.uploadedId })],
  ];
  return entries.map(([name, input]) => ({ file, name, access: "user", input }));
}

function campaignActions(): ActionEntry[] {
  const file = "lib/campaigns/actions.ts";
  const entries: [string, ActionEntry["input"]][] = [
    ["createCampaignAction", ({ unique }) => ({ name: unique, kind: "dm", plannedOn: "", description: "", criteria: { keyword: unique } })],
    [
      "updateCampaignAction",
      ({ campaign, unique }) => ({
        ...campaign,
        name: unique,
        kind: "event",
        plannedOn: "2026-12-01",
        description: "",
        criteria: { keyword: unique },
      }),
    ],
    ["deleteCampaignAction", ({ campaign }) => campaign],
    ["executeCampaignAction", ({ campaign }) => campaign],
    [
      "createFollowUpAction",
      ({ executedCampaign, unique }) => ({ name: unique, kind: "dm", sourceCampaignId: executedCampaign.id, sourceOutcome: "pending" }),
    ],
    [
      "setTargetOutcomesAction",
      ({ executedCampaign }) => ({
        campaignId: executedCampaign.id,
        target: { kind: "ids", ids: [executedCampaign.targetId] },
        outcome: "sent",
      }),
    ],
    ["previewTargetsAction", ({ unique }) => ({ criteria: { keyword: unique } })],
    ["previewCampaignAction", ({ campaign }) => ({ id: campaign.id })],
  ];
  return entries.map(([name, input]) => ({ file, name, access: "user", input }));
}

function organizationActions(): ActionEntry[] {
  const file = "lib/organizations/actions.ts";
  const values = { name: "合同会社サンドボックス", searchKeywords: "さんどぼっくす" };
  const entries: [string, ActionEntry["input"]][] = [
    ["createOrganizationAction", ({ organization }) => ({ templateId: organization.templateId, values })],
    ["updateOrganizationAction", ({ organization }) => ({ ...organization, values })],
    ["deleteOrganizationAction", ({ organization }) => ({ id: organization.id, version: organization.version })],
    ["organizationOptionsAction", () => ({ keyword: "さんど" })],
    ["organizationQuickLookAction", ({ organization }) => ({ id: organization.id })],
    ["organizationTimelineAction", ({ organization }) => ({ id: organization.id })],
  ];
  return entries.map(([name, input]) => ({ file, name, access: "user", feature: "organizations", input }));
}

function customerActions(): ActionEntry[] {
  const file = "lib/customers/actions.ts";
  const values = { name: "会田 花子", nameKana: "アイダ ハナコ", searchKeywords: "あいだ" };
  const entries: [string, ActionEntry["input"]][] = [
    [
      "createCustomerAction",
      ({ customer }) => ({
        templateId: customer.templateId,
        statusId: customer.statusId,
        classId: null,
        tagIds: [],
        important: false,
        values,
      }),
    ],
    ["updateCustomerAction", ({ customer }) => ({ ...customer, classId: null, tagIds: [], important: true, values })],
    ["setCustomerImportantAction", ({ customer }) => ({ id: customer.id, important: true })],
    ["deleteCustomerAction", ({ customer }) => ({ id: customer.id, version: customer.version })],
    ["customerQuickLookAction", ({ customer }) => ({ id: customer.id })],
    ["customerTimelineAction", ({ customer }) => ({ id: customer.id })],
    [
      "bulkUpdateCustomersAction",
      ({ customer, tagId }) => ({ target: { kind: "ids", ids: [customer.id] }, operation: { kind: "addTag", tagId } }),
    ],
    ["createSavedViewAction", ({ unique }) => ({ name: unique, filter: { keyword: "あいだ" } })],
    ["deleteSavedViewAction", ({ savedViewId }) => ({ id: savedViewId })],
  ];
  return entries.map(([name, input]) => ({ file, name, access: "user", input }));
}

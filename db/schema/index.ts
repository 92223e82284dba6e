// drizzle-kit reads every file of this folder; the app imports the tables from here.
export * from "./users";
export * from "./features";
export * from "./auth";
export * from "./audit-log";
export * from "./templates";
export * from "./customer-settings";
export * from "./customers";
export * from "./organizations";
export * from "./timeline";
export * from "./reports";
export * from "./imports";
export * from "./campaigns";

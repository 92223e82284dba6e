// Created by first-run.setup.ts on each project's fresh server.
export const ADMIN = { name: "山田 太郎", email: "admin@e2e.example", password: "e2e-admin-pass" };
export const MEMBER = { name: "佐藤 花子", email: "member@e2e.example", password: "e2e-member-pass" };

// Created by first-run.setup.ts on each project's fresh server.
// Passwords follow the password policy: 10+ characters, nothing of the e-mail in them.
export const ADMIN = { name: "山田 太郎", email: "admin@e2e.example", password: "e2e-kanri-pass-1" };
export const MEMBER = { name: "佐藤 花子", email: "member@e2e.example", password: "e2e-staff-pass-2" };

import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { currentUser } from "@/lib/auth/current-user";
import { DomainError, ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { changeUserRole, createUser as createUserMutation, setUserDisabled } from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { asUser, createUser } from "./helpers/factories";

// Tests of a file share a database: the last-admin rules need the admins a test made alone.
const demoteEveryone = () => db.update(users).set({ role: "member" });

describe("user management", () => {
  it("lets an admin create a member, and refuses the same e-mail in another case", async () => {
    const admin = await createUser({ role: "admin" });
    const input = { email: "Sato@Example.test", name: "佐藤 花子", password: "long-enough-1", role: "member" as const };
    const { id } = await asUser(admin, () => createUserMutation(input));
    const listed = await asUser(admin, () => listUsers());
    expect(listed.find((u) => u.id === id)).toMatchObject({ email: "sato@example.test", role: "member" });

    const duplicate = asUser(admin, () => createUserMutation({ ...input, email: "SATO@example.test" }));
    await expect(duplicate).rejects.toThrow("このメールアドレスは既に登録されています");
  });

  it("refuses members and anonymous callers server-side", async () => {
    const member = await createUser();
    const input = { email: "x@example.test", name: "X", password: "long-enough-1", role: "admin" as const };
    await expect(asUser(member, () => createUserMutation(input))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(null, () => createUserMutation(input))).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(asUser(member, () => setUserDisabled({ userId: member.id, disabled: false }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("never demotes or disables the last active admin", async () => {
    await demoteEveryone();
    const admin = await createUser({ role: "admin" });
    await expect(asUser(admin, () => changeUserRole({ userId: admin.id, role: "member" }))).rejects.toBeInstanceOf(DomainError);
    await expect(asUser(admin, () => setUserDisabled({ userId: admin.id, disabled: true }))).rejects.toThrow("最後の管理者");

    const second = await createUser({ role: "admin" });
    await asUser(admin, () => changeUserRole({ userId: second.id, role: "member" }));
    await expect(asUser(admin, () => setUserDisabled({ userId: admin.id, disabled: true }))).rejects.toThrow("最後の管理者");
  });

  it("lets exactly one of two admins demoting each other at once succeed", async () => {
    await demoteEveryone();
    const a = await createUser({ role: "admin" });
    const b = await createUser({ role: "admin" });
    const results = await Promise.allSettled([
      asUser(a, () => changeUserRole({ userId: b.id, role: "member" })),
      asUser(b, () => changeUserRole({ userId: a.id, role: "member" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(1);
    const remaining = await db.select().from(users);
    expect(remaining.filter((u) => u.role === "admin").map((u) => u.id)).toHaveLength(1);
  });

  it("ends a disabled user's session at the next request, and a re-enabled one works again", async () => {
    const admin = await createUser({ role: "admin" });
    const member = await createUser();
    expect(await asUser(member, () => currentUser())).toMatchObject({ id: member.id });
    await asUser(admin, () => setUserDisabled({ userId: member.id, disabled: true }));
    expect(await asUser(member, () => currentUser())).toBeNull();
    await asUser(admin, () => setUserDisabled({ userId: member.id, disabled: false }));
    expect(await asUser(member, () => currentUser())).toMatchObject({ id: member.id });
  });

  it("applies a role change to the next request of that user", async () => {
    const admin = await createUser({ role: "admin" });
    const other = await createUser({ role: "admin" });
    await asUser(admin, () => changeUserRole({ userId: other.id, role: "member" }));
    expect(await asUser(other, () => currentUser())).toMatchObject({ role: "member" });
    await expect(asUser(other, () => listUsers())).rejects.toBeInstanceOf(ForbiddenError);
  });
});

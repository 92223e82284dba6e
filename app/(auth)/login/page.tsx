import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { LoginForm } from "@/components/auth/login-form";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { demoCredentials } from "@/lib/demo";
import { needsFirstRunSetup } from "@/lib/setup/first-run";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.login.title };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  await connection();
  if (await needsFirstRunSetup()) redirect("/setup");
  if (await currentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-lg font-bold">{messages.login.title}</h1>
      <LoginForm callbackUrl={safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : undefined)} demo={demoCredentials()} />
    </>
  );
}

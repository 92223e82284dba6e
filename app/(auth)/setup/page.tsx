import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SetupForm } from "@/components/auth/setup-form";
import { needsFirstRunSetup } from "@/lib/setup/first-run";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.setup.title };

export default async function SetupPage() {
  await connection();
  if (!(await needsFirstRunSetup())) notFound();
  return (
    <>
      <h1 className="text-lg font-bold">{messages.setup.title}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{messages.setup.lead}</p>
      <SetupForm />
    </>
  );
}

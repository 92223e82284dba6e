import { redirect } from "next/navigation";
import { pageUser } from "@/lib/auth/page-guards";

export default async function HomePage() {
  await pageUser();
  redirect("/customers");
}

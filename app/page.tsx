import { redirect } from "next/navigation";
import { getActor, isCoordinator } from "@/lib/auth/session";

export default async function Home() {
  const actor = await getActor();
  // proxy.ts answers "/" before this page runs; this is the fallback without it.
  if (!actor) redirect("/mitglied-werden");
  redirect(isCoordinator(actor) ? "/dashboard" : "/portal");
}

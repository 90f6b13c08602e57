import { redirect } from "next/navigation";
import { getActor, isCoordinator } from "@/lib/auth/session";

export default async function Home() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  redirect(isCoordinator(actor) ? "/board" : "/portal");
}

import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type TActor = { id: string; email: string; name: string; roles: Role[]; partnerId: string | null };

/**
 * The signed-in user, re-read from the database on every request: a deleted or
 * deactivated user, or a session of an older generation (signed out, password
 * changed or reset, "sign out everywhere"), is refused even while its JWT is valid.
 */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions);
  return loadActor(session?.user as TSessionUser | undefined);
});

type TSessionUser = { id?: string; sv?: number };

/** The actor behind a session's user claims (id, session generation), or null. */
export async function loadActor(sessionUser: TSessionUser | undefined): Promise<TActor | null> {
  const { id, sv } = sessionUser ?? {};
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, roles: true, active: true, partnerId: true, sessionVersion: true },
  });
  if (!user || !user.active || !isCurrentSession(sv, user.sessionVersion)) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, partnerId: user.partnerId };
}

/** A session is current only with the account's present generation (tokens from before generations count as 0). */
export const isCurrentSession = (sessionVersion: number | undefined, userVersion: number) => (sessionVersion ?? 0) === userVersion;

export function assertRole(actor: TActor | null, roles: readonly Role[]): TActor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!actor.roles.some((r) => roles.includes(r))) throw new AppError("FORBIDDEN");
  return actor;
}

export async function requireRole(roles: readonly Role[]): Promise<TActor> {
  return assertRole(await getActor(), roles);
}

export const requireCoordinator = () => requireRole(["COORDINATOR", "ADMIN"]);
export const requireAdmin = () => requireRole(["ADMIN"]);

export const isCoordinator = (actor: TActor | null) => Boolean(actor?.roles.some((r) => r === "COORDINATOR" || r === "ADMIN"));

/** A partner user acts only for their own partner: every portal query is scoped by this id. */
export function assertPartner(actor: TActor | null): TActor & { partnerId: string } {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!actor.roles.includes("PARTNER") || !actor.partnerId) throw new AppError("FORBIDDEN");
  return actor as TActor & { partnerId: string };
}

export async function requirePartner() {
  return assertPartner(await getActor());
}

/**
 * For coordinator pages: anonymous visitors go to sign-in, partner users to
 * their portal (instead of an error page); returns the coordinator otherwise.
 */
export async function requireCoordinatorPage(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (!isCoordinator(actor)) redirect(actor.partnerId ? "/portal" : "/signin?error=forbidden");
  return actor;
}

export async function requireAdminPage(): Promise<TActor> {
  const actor = await requireCoordinatorPage();
  if (!actor.roles.includes("ADMIN")) redirect("/board");
  return actor;
}

/** For portal pages: coordinators go to the board, anonymous visitors to sign-in. */
export async function requirePartnerPage(): Promise<TActor & { partnerId: string }> {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fportal");
  if (!actor.partnerId || !actor.roles.includes("PARTNER")) redirect(isCoordinator(actor) ? "/board" : "/signin?error=forbidden");
  return actor as TActor & { partnerId: string };
}

import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/server/audit";
import { endSessions } from "./sessions";

export function listUsers() {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, roles: true, active: true, lastSignInAt: true, partner: { select: { id: true, name: true } } },
  });
}

/** The last active admin can neither be deactivated nor lose the admin role. */
async function assertOtherAdminRemains(db: Db, userId: string) {
  const others = await db.user.count({ where: { active: true, roles: { has: "ADMIN" }, NOT: { id: userId } } });
  if (others === 0) throw new AppError("FORBIDDEN", "admin.lastAdmin", { reason: "lastAdmin" });
}

export async function setUserActive({ actor, userId, active }: { actor: TActor; userId: string; active: boolean }) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND");
    if (!active && user.roles.includes("ADMIN")) await assertOtherAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    // A deactivated account's sessions end for good: reactivating it does not revive them.
    if (!active) await endSessions(tx, userId);
    await writeAudit(tx, { actorId: actor.id, action: active ? "user.activated" : "user.deactivated", entity: "User", entityId: userId, data: {} });
  });
}

export async function setUserRoles({ actor, userId, roles }: { actor: TActor; userId: string; roles: Role[] }) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new AppError("NOT_FOUND");
    // Partner accounts are bound to their partner; their role is not changed here.
    if (user.roles.includes("PARTNER")) throw new AppError("FORBIDDEN", "admin.partnerRoles", { reason: "partnerRoles" });
    if (user.roles.includes("ADMIN") && !roles.includes("ADMIN")) await assertOtherAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { roles } });
    await writeAudit(tx, { actorId: actor.id, action: "user.rolesChanged", entity: "User", entityId: userId, data: { from: user.roles, to: roles } });
  });
}

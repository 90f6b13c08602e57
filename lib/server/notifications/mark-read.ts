import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** Marks one of the actor's own notifications read; another user's is NOT_FOUND. */
export async function markRead({ actor, id }: { actor: TActor; id: string }) {
  const { count } = await prisma.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await prisma.notification.findFirst({ where: { id, userId: actor.id }, select: { id: true } }))) throw new AppError("NOT_FOUND");
  return { id };
}

export async function markAllRead({ actor }: { actor: TActor }) {
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { count };
}

import "server-only";
import { prisma } from "@/lib/db";

/**
 * "Meine Partner" is the default for a coordinator who owns partners: when the URL
 * names no owner, the board and the table show the caller's own partners
 * (`owner=all` shows everyone's).
 */
export async function defaultOwnerFilter(actorId: string, requested: string | undefined): Promise<string | undefined> {
  if (requested) return requested;
  const owns = await prisma.partner.findFirst({ where: { ownerId: actorId, archived: false }, select: { id: true } });
  return owns ? actorId : undefined;
}

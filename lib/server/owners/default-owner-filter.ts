import "server-only";
import { prisma } from "@/lib/db";

/**
 * "Meine Partner" is the default for a coordinator who owns partners: opening the
 * board or the table without any parameter shows the caller's own partners. The
 * filter forms always send the owner they show, so a URL with other parameters but
 * no owner (a shared search link, a link from another page) means everyone's, and
 * `owner=all` says so explicitly.
 */
export async function defaultOwnerFilter(actorId: string, params: Record<string, unknown>, requested: string | undefined): Promise<string | undefined> {
  if (requested || Object.keys(params).length > 0) return requested;
  const owns = await prisma.partner.findFirst({ where: { ownerId: actorId, archived: false }, select: { id: true } });
  return owns ? actorId : undefined;
}

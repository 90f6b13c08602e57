import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { isCoordinator } from "@/lib/auth/session";
import { processLogo } from "./process-logo";

/** Validates and stores an uploaded logo for the partner; it goes live only through an approved draft. */
export async function storeLogo({ actor, partnerId, input }: { actor: TActor; partnerId: string; input: Buffer }) {
  const logo = await processLogo(input);
  return prisma.storedFile.create({
    data: { partnerId, purpose: "logo", contentType: logo.contentType, size: logo.size, sha256: logo.sha256, bytes: new Uint8Array(logo.bytes), createdById: actor.id },
    select: { id: true, contentType: true, size: true, sha256: true },
  });
}

/**
 * A file the caller may read: published logos are public; anything else only
 * for coordinators and for users of the partner the file belongs to.
 */
export async function getReadableFile(id: string, actor: TActor | null) {
  const file = await prisma.storedFile.findUnique({
    where: { id },
    // Public only while the partner is published, not archived, and its consent to publication stands.
    include: { logoOf: { where: { stage: "PUBLISHED", archived: false, publicationConsentAt: { not: null } }, select: { id: true }, take: 1 } },
  });
  if (!file) return null;
  const isPublic = file.logoOf.length > 0;
  if (isPublic || isCoordinator(actor) || (actor?.partnerId && actor.partnerId === file.partnerId)) return { file, isPublic };
  return null;
}

import "server-only";
import { prisma } from "@/lib/db";

/**
 * Does a PDF (by its SHA-256) match a stored agreement document? Discloses only
 * the partner's name, the values version, the document kind and the status.
 */
export async function verifyHash(sha256: string) {
  const doc = await prisma.agreementDocument.findFirst({
    where: { sha256: sha256.toLowerCase() },
    orderBy: { createdAt: "desc" },
    select: { kind: true, createdAt: true, agreement: { select: { status: true, partner: { select: { name: true } }, valuesVersion: { select: { version: true } } } } },
  });
  if (!doc) return { match: false as const };
  return {
    match: true as const,
    partnerName: doc.agreement.partner.name,
    valuesVersion: doc.agreement.valuesVersion?.version ?? null,
    status: doc.agreement.status,
    kind: doc.kind,
    createdAt: doc.createdAt.toISOString(),
  };
}
export type TVerifyResult = Awaited<ReturnType<typeof verifyHash>>;

import "server-only";
import { prisma } from "@/lib/db";

/** Which copy a document is: the unsigned original, signed by the partner only, the final signed agreement, or a paper scan. */
export type TCopy = "original" | "partnerSigned" | "final" | "paper";
const COPY = { GENERATED: "original", PARTNER_SIGNED: "partnerSigned", SIGNED: "final", PAPER: "paper" } as const satisfies Record<string, TCopy>;

/**
 * Does a PDF (by its SHA-256) match a stored agreement document, and which copy is
 * it? Discloses the partner's name as it stood on the document, the values version,
 * the kind of copy, and for a copy that is not final whether a final one exists (and
 * since when); for a final copy whether the agreement still holds. Nothing else.
 */
export async function verifyHash(sha256: string) {
  const doc = await prisma.agreementDocument.findFirst({
    where: { sha256: sha256.toLowerCase() },
    orderBy: { createdAt: "desc" },
    select: {
      kind: true, createdAt: true, partnerName: true, agreementId: true,
      agreement: { select: { status: true, partner: { select: { name: true } }, valuesVersion: { select: { version: true } } } },
    },
  });
  if (!doc) return { match: false as const };
  const copy = COPY[doc.kind];
  const isFinal = copy === "final" || copy === "paper";
  const final = isFinal
    ? null
    : await prisma.agreementDocument.findFirst({ where: { agreementId: doc.agreementId, kind: { in: ["SIGNED", "PAPER"] } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return {
    match: true as const,
    copy,
    isFinal,
    partnerName: doc.partnerName ?? doc.agreement.partner.name,
    valuesVersion: doc.agreement.valuesVersion?.version ?? null,
    createdAt: doc.createdAt.toISOString(),
    /** For a copy that is not final: when the final signed document was made, or null when there is none (yet). */
    finalSince: final ? final.createdAt.toISOString() : null,
    /** For the final copy: whether the agreement was later revoked or replaced. */
    ended: isFinal && (doc.agreement.status === "REVOKED" || doc.agreement.status === "SUPERSEDED") ? doc.agreement.status : null,
  };
}
export type TVerifyResult = Awaited<ReturnType<typeof verifyHash>>;

import "server-only";
import type { Db } from "@/lib/db";
import type { AgreementDocKind } from "@/lib/generated/prisma/enums";
import { sha256 } from "@/lib/pdf/hash";

/** Stores PDF bytes with their SHA-256 as a new document; documents are never overwritten. */
/** `partnerName`: the partner as named on the document (verification shows it). */
export async function storeAgreementDocument(db: Db, opts: { agreementId: string; partnerId: string; partnerName: string; kind: AgreementDocKind; bytes: Uint8Array; actorId: string | null }) {
  const hash = sha256(opts.bytes);
  const file = await db.storedFile.create({
    data: { partnerId: opts.partnerId, purpose: "agreement", contentType: "application/pdf", size: opts.bytes.length, sha256: hash, bytes: new Uint8Array(opts.bytes), createdById: opts.actorId },
  });
  return db.agreementDocument.create({ data: { agreementId: opts.agreementId, kind: opts.kind, fileId: file.id, sha256: hash, partnerName: opts.partnerName, createdById: opts.actorId } });
}

import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextAgreementStatus, type TAgreementEvent } from "@/lib/domain/agreement-status";

/**
 * Loads an agreement for a status change, checks the optimistic lock and that
 * `event` is allowed from its status; `partnerId` scopes partner callers.
 */
export async function loadForTransition(db: Db, opts: { agreementId: string; version: number; event: TAgreementEvent; partnerId?: string }) {
  const agreement = await db.agreement.findUnique({ where: { id: opts.agreementId }, include: { partner: true, valuesVersion: true } });
  if (!agreement || (opts.partnerId && agreement.partnerId !== opts.partnerId)) throw new AppError("NOT_FOUND");
  if (agreement.version !== opts.version) throw new AppError("CONFLICT");
  const to = nextAgreementStatus(agreement.status, opts.event);
  if (!to) throw new AppError("CONFLICT", "agreement.transition", { reason: "transition", from: agreement.status, event: opts.event });
  return { agreement, to };
}

/** Writes the new status only if nobody changed the agreement in between. */
export async function updateAgreement(db: Db, id: string, version: number, data: object) {
  const { count } = await db.agreement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

export async function latestDocument(db: Db, agreementId: string, kinds: ("GENERATED" | "SIGNED" | "PAPER")[]) {
  return db.agreementDocument.findFirst({ where: { agreementId, kind: { in: kinds } }, orderBy: { createdAt: "desc" }, include: { file: true } });
}

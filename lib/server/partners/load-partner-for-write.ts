import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Loads a partner that is about to be changed: it must exist and not be archived. */
export async function loadPartnerForWrite(db: Db, id: string, { allowArchived = false } = {}) {
  const partner = await db.partner.findUnique({ where: { id } });
  if (!partner) throw new AppError("NOT_FOUND");
  if (partner.archived && !allowArchived) throw new AppError("ARCHIVED");
  return partner;
}

/**
 * Optimistic lock: bumps the version only if it is still `expectedVersion`.
 * Throws CONFLICT when someone else changed the partner in between.
 */
export async function bumpPartnerVersion(db: Db, id: string, expectedVersion: number, data: object = {}) {
  const { count } = await db.partner.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT");
}

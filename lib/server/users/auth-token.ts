import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import type { TokenKind } from "@/lib/generated/prisma/enums";

export const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A valid (unused, unexpired) token of `kind`, or null. */
export async function findValidToken(db: Db, kind: TokenKind, token: string) {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt < new Date()) return null;
  return row;
}

/** Marks a token used; false if someone else used it first (single use under concurrency). */
export async function consumeToken(db: Db, id: string) {
  const { count } = await db.authToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

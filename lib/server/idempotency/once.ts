import "server-only";
import { prisma, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs `write` in a transaction at most once per (actor, key): the key is stored
 * with the result in the same transaction. A retry, or a concurrent duplicate,
 * gets the first result back: the duplicate's own transaction fails on the key's
 * primary key and is rolled back, so nothing of it remains.
 */
export async function once<R extends Prisma.InputJsonValue>(
  opts: { actorId: string; key: string | undefined; action: string },
  write: (tx: Tx) => Promise<R>,
): Promise<R> {
  const { actorId, key, action } = opts;
  if (!key) return prisma.$transaction(write);
  const stored = () =>
    prisma.idempotencyKey.findUnique({ where: { actorId_key: { actorId, key } }, select: { action: true, result: true } });
  const earlier = await stored();
  if (earlier?.action === action) return earlier.result as R;
  try {
    return await prisma.$transaction(async (tx) => {
      const result = await write(tx);
      await tx.idempotencyKey.create({ data: { actorId, key, action, result } });
      return result;
    });
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    const first = await stored();
    if (first?.action !== action) throw err;
    return first.result as R;
  }
}

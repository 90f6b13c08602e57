import "server-only";
import { prisma } from "@/lib/db";

/** What the own-account page shows (never the hash itself). */
export async function getAccount(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  return { email: user.email, hasPassword: Boolean(user.passwordHash) };
}

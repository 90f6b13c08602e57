import "server-only";
import type { Db } from "@/lib/db";

/**
 * Ends every session of a user: sessions carry the generation they were signed in
 * with (JWT claim `sv`) and getActor() refuses any other. Used on sign-out, password
 * change and reset, deactivation and "sign out everywhere".
 */
export async function endSessions(db: Db, userId: string) {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

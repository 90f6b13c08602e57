// One fake next-auth session for the tests that call server actions and route handlers
// directly. A test sets `session.userId`; mock next-auth with
//   vi.mock("next-auth", async (orig) => ({ ...(await orig<typeof import("next-auth")>()), getServerSession: (await import("./session-mock")).getServerSession }));
export const session = { userId: null as string | null };

/** A current session: it carries the account's session generation (see loadActor). */
export async function getServerSession() {
  if (!session.userId) return null;
  const { prisma } = await import("@/lib/db");
  const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { sessionVersion: true } });
  return { user: { id: session.userId, sv: user?.sessionVersion } };
}

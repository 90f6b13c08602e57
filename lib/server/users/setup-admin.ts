import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { writeAudit } from "@/lib/server/audit";
import type { TSetupAdmin } from "@/lib/validations/user";
import { consumeToken, findValidToken } from "./auth-token";

/** Creates the first admin through the one-time setup link printed at start. */
export async function setupAdmin(data: TSetupAdmin) {
  assertStrongPassword(data.password, [data.email, data.name]);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const token = await findValidToken(tx, "SETUP", data.token);
    if (!token || (await tx.user.count()) > 0) throw new AppError("FORBIDDEN");
    if (!(await consumeToken(tx, token.id))) throw new AppError("FORBIDDEN");
    const user = await tx.user.create({ data: { email: data.email, name: data.name.trim(), passwordHash, roles: ["ADMIN", "COORDINATOR"] } });
    await writeAudit(tx, { actorId: user.id, action: "user.setup", entity: "User", entityId: user.id, data: { email: user.email } });
    return { email: user.email };
  });
}

export async function isSetupTokenValid(token: string) {
  return Boolean(await findValidToken(prisma, "SETUP", token)) && (await prisma.user.count()) === 0;
}

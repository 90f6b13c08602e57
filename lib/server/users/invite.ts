import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { TActor } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-strength";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TAcceptInvite } from "@/lib/validations/user";
import { writeAudit } from "@/lib/server/audit";
import { inviteMail } from "@/lib/server/mail/templates";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { consumeToken, findValidToken, hashToken } from "./auth-token";

const INVITE_DAYS = 7;
const baseUrl = () => env().NEXTAUTH_URL ?? "http://localhost:3000";

/**
 * Invites a coordinator, or a partner's contact person (bound to that partner).
 * The link is single-use and expires after 7 days.
 */
export async function inviteUser({ actor, email, roles, partnerId }: { actor: TActor; email: string; roles: Role[]; partnerId: string | null }) {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new AppError("VALIDATION", "validation.emailTaken", { fieldErrors: { email: "validation.emailTaken" } });
    }
    let name: string | null = null;
    if (partnerId) {
      const partner = await tx.partner.findUnique({ where: { id: partnerId } });
      if (!partner) throw new AppError("NOT_FOUND");
      if (partner.archived) throw new AppError("ARCHIVED");
      name = partner.name;
    }
    const tokenRow = await tx.authToken.create({
      data: { kind: "INVITE", tokenHash: hashToken(token), email, roles, partnerId, expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.invited",
      entity: partnerId ? "Partner" : "User",
      entityId: partnerId ?? actor.id,
      data: { email, roles, partnerId },
    });
    const url = `${baseUrl()}/invite?token=${token}`;
    await enqueueMail(tx, { to: email, ...inviteMail(url, name), link: { url, kind: "INVITE", tokenId: tokenRow.id } });
  });
  return { email };
}

export async function getInvite(token: string) {
  const row = await findValidToken(prisma, "INVITE", token);
  if (!row) return null;
  const partner = row.partnerId ? await prisma.partner.findUnique({ where: { id: row.partnerId }, select: { name: true } }) : null;
  return { email: row.email, partnerName: partner?.name ?? null };
}

export async function acceptInvite(data: TAcceptInvite) {
  const invite = await findValidToken(prisma, "INVITE", data.token);
  assertStrongPassword(data.password, [data.name, invite?.email ?? ""]);
  const passwordHash = await hashPassword(data.password);
  return prisma.$transaction(async (tx) => {
    const row = await findValidToken(tx, "INVITE", data.token);
    if (!row || !(await consumeToken(tx, row.id))) throw new AppError("FORBIDDEN", "auth.inviteInvalid");
    if (await tx.user.findUnique({ where: { email: row.email } })) throw new AppError("FORBIDDEN", "auth.inviteInvalid");
    const user = await tx.user.create({
      data: { email: row.email, name: data.name.trim(), passwordHash, roles: row.roles, partnerId: row.partnerId },
    });
    await writeAudit(tx, { actorId: user.id, action: "user.created", entity: "User", entityId: user.id, data: { email: user.email, roles: user.roles } });
    return { email: user.email };
  });
}

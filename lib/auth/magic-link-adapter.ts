import type { Adapter, AdapterUser } from "next-auth/adapters";
import { prisma } from "@/lib/db";

const toAdapterUser = (u: { id: string; email: string; name: string }): AdapterUser => ({ id: u.id, email: u.email, name: u.name, emailVerified: null });

/**
 * The minimal next-auth adapter the Email (magic link) provider needs, on our
 * own tables: verification tokens are AuthToken rows of kind MAGIC (next-auth
 * hands us the token already hashed with the secret). Only existing, active
 * users can sign in this way; nobody is created.
 */
export const magicLinkAdapter: Adapter = {
  async getUserByEmail(email) {
    const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    return user && user.active ? toAdapterUser(user) : null;
  },
  async getUser(id) {
    const user = await prisma.user.findUnique({ where: { id } });
    return user && user.active ? toAdapterUser(user) : null;
  },
  async createUser() {
    throw new Error("Accounts are created by invitation only");
  },
  async updateUser(user) {
    const u = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    return toAdapterUser(u);
  },
  async getUserByAccount() {
    return null;
  },
  async linkAccount() {
    return undefined;
  },
  async createVerificationToken(token) {
    await prisma.authToken.create({ data: { kind: "MAGIC", tokenHash: token.token, email: token.identifier.toLowerCase(), expiresAt: token.expires } });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    const row = await prisma.authToken.findUnique({ where: { tokenHash: token } });
    if (!row || row.kind !== "MAGIC" || row.usedAt || row.email !== identifier.toLowerCase()) return null;
    const { count } = await prisma.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    return count === 1 ? { identifier: row.email, token, expires: row.expiresAt } : null;
  },
};

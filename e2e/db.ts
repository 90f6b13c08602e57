// Small database helpers for the portal and auth specs (partners themselves come
// from e2e/factories.ts). DATABASE_URL is set for the Playwright process by
// scripts/test.mjs; column names follow prisma/schema.prisma.
import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import { withDb } from "./factories";

/** The id of a (demo) partner, by its exact name. */
export async function partnerIdByName(name: string): Promise<string> {
  const { rows } = await withDb((db) => db.query<{ id: string }>(`SELECT "id" FROM "Partner" WHERE "name" = $1`, [name]));
  if (rows.length !== 1) throw new Error(`expected one partner named ${name}, found ${rows.length}`);
  return rows[0].id;
}

/** An active account with a password, as if the invitation had been accepted. */
export async function createUser(opts: { email: string; name: string; password: string; roles: ("PARTNER" | "COORDINATOR" | "ADMIN")[]; partnerId?: string }) {
  const id = crypto.randomUUID();
  const hash = await bcrypt.hash(opts.password, 10);
  await withDb((db) =>
    db.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "roles", "partnerId", "active", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Role"[], $6, true, now(), now())`,
      [id, opts.email.toLowerCase(), opts.name, hash, opts.roles, opts.partnerId ?? null],
    ),
  );
  return { id, email: opts.email.toLowerCase(), password: opts.password };
}

export async function userByEmail(email: string): Promise<{ id: string; active: boolean; partnerId: string | null; roles: string } | undefined> {
  const { rows } = await withDb((db) => db.query(`SELECT "id", "active", "partnerId", "roles"::text AS "roles" FROM "User" WHERE "email" = $1`, [email.toLowerCase()]));
  return rows[0];
}

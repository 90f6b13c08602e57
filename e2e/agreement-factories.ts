// Database helpers for the agreement specs (partners themselves come from
// e2e/factories.ts). DATABASE_URL is set for the Playwright process by
// scripts/test.mjs; column names follow prisma/schema.prisma.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { withDb } from "./factories";

/** A primary contact person with an e-mail address (what the AGREEMENT_SIGNED rule needs). */
export async function addPrimaryContact(partnerId: string, opts: { name: string; email: string; function?: string }) {
  await withDb((db) =>
    db.query(
      `INSERT INTO "ContactPerson" ("id", "partnerId", "name", "function", "email", "isPrimary", "publicConsent", "version", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, true, false, 1, now(), now())`,
      [crypto.randomUUID(), partnerId, opts.name, opts.function ?? null, opts.email],
    ),
  );
}

export type TAgreementRow = { id: string; partnerId: string; status: string; version: number; activatedAt: Date | null; countersignedById: string | null; paperSigned: boolean };

export async function getAgreementRow(id: string): Promise<TAgreementRow> {
  return withDb(async (db) =>
    (await db.query(`SELECT "id", "partnerId", "status"::text AS "status", "version", "activatedAt", "countersignedById", "paperSigned" FROM "Agreement" WHERE "id" = $1`, [id])).rows[0],
  );
}

/** The agreement's documents, oldest first. */
export async function getAgreementDocuments(agreementId: string): Promise<{ id: string; kind: "GENERATED" | "PARTNER_SIGNED" | "SIGNED" | "PAPER"; sha256: string }[]> {
  return withDb(async (db) =>
    (await db.query(`SELECT "id", "kind"::text AS "kind", "sha256" FROM "AgreementDocument" WHERE "agreementId" = $1 ORDER BY "createdAt" ASC`, [agreementId])).rows,
  );
}

/** Stage changes of a partner that reference an agreement. */
export async function stageChangesFor(partnerId: string, agreementId: string): Promise<{ fromStage: string | null; toStage: string }[]> {
  return withDb(async (db) =>
    (await db.query(`SELECT "fromStage"::text AS "fromStage", "toStage"::text AS "toStage" FROM "StageChange" WHERE "partnerId" = $1 AND "agreementId" = $2 ORDER BY "at"`, [partnerId, agreementId])).rows,
  );
}

/**
 * The id of a server action in the production build, by its exported name
 * (from .next/server/server-reference-manifest.json), to call it the way a
 * crafted request would.
 */
export function serverActionId(exportedName: string): string {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node?: Record<string, Record<string, unknown>> };
  const hasName = (entry: unknown): boolean => {
    if (!entry || typeof entry !== "object") return false;
    const e = entry as Record<string, unknown>;
    if (e.exportedName === exportedName) return true;
    const workers = e.workers as Record<string, unknown> | undefined;
    return Boolean(workers && Object.values(workers).some((w) => (w as Record<string, unknown> | null)?.exportedName === exportedName));
  };
  const ids = Object.entries(manifest.node ?? {}).filter(([, entry]) => hasName(entry)).map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected one server action "${exportedName}" in ${file}, found ${ids.length}`);
  return ids[0];
}

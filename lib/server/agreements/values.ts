import "server-only";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit";
import type { TValuesVersion } from "@/lib/validations/agreement";

export function currentValues() {
  return prisma.valuesVersion.findFirst({ orderBy: { version: "desc" } });
}

/** Every edit is a new version; editing on top of an outdated version is a conflict. */
export async function saveValuesVersion({ actor, data }: { actor: TActor; data: TValuesVersion }) {
  return prisma.$transaction(async (tx) => {
    const latest = await tx.valuesVersion.findFirst({ orderBy: { version: "desc" } });
    if ((latest?.version ?? 0) !== data.basedOnVersion) throw new AppError("CONFLICT");
    const version = data.basedOnVersion + 1;
    await tx.valuesVersion.create({ data: { version, valuesText: data.valuesText.trim(), bodyText: data.bodyText.trim(), createdById: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: "values.versioned", entity: "Settings", entityId: "values", data: { version } });
    return { version };
  });
}

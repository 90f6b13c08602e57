import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { decideMove } from "@/lib/domain/stage-rules";
import type { TStage } from "@/lib/domain/fields-of-work";
import { emptyToNull } from "@/lib/validations/common";
import { writeAudit } from "@/lib/server/audit";
import { onFirstContactMade } from "@/lib/server/tasks/hooks";
import { bumpPartnerVersion } from "@/lib/server/partners/load-partner-for-write";
import { loadStageFacts } from "./stage-facts";

type TMove = { id: string; version: number; to: TStage; reason?: string; agreementId?: string };

/**
 * Moves a partner to another stage inside `db` (a transaction): checks the
 * optimistic lock, the stage rules, then writes the stage, a StageChange and
 * an audit event together.
 */
export async function moveStageIn(db: Db, actor: TActor | null, move: TMove) {
  const loaded = await loadStageFacts(db, move.id);
  if (!loaded) throw new AppError("NOT_FOUND");
  const { partner, facts } = loaded;
  if (partner.archived) throw new AppError("ARCHIVED");
  if (partner.version !== move.version) throw new AppError("CONFLICT");
  const reason = emptyToNull(move.reason);
  const decision = decideMove(facts, move.to, reason);
  if (!decision.ok) throw new AppError("STAGE_BLOCKED", decision.reason, { reason: decision.reason, blockers: decision.blockers ?? [] });
  const at = new Date();
  await bumpPartnerVersion(db, move.id, move.version, { stage: move.to, stageEnteredAt: at });
  await db.stageChange.create({
    data: { partnerId: move.id, fromStage: partner.stage, toStage: move.to, reason, actorId: actor?.id ?? null, agreementId: move.agreementId ?? null, at },
  });
  await writeAudit(db, {
    actorId: actor?.id ?? null,
    action: "partner.stageMoved",
    entity: "Partner",
    entityId: move.id,
    data: { from: partner.stage, to: move.to, reason },
  });
  if (move.to !== "CONTACTED") await onFirstContactMade(db, { partnerId: move.id, actorId: actor?.id ?? null }); // [tasks hook]
  return { id: move.id, version: move.version + 1, stage: move.to, from: partner.stage };
}

export function moveStage({ actor, move }: { actor: TActor; move: TMove }) {
  return prisma.$transaction((tx) => moveStageIn(tx, actor, move));
}

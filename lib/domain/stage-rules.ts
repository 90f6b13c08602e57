import { STAGES, type TStage } from "./fields-of-work";

/** What the server knows about a partner when it decides a stage move. */
export type TStageFacts = {
  stage: TStage;
  archived: boolean;
  hasMeeting: boolean;
  hasReachablePrimaryContact: boolean;
  hasActiveAgreement: boolean;
  hasLogo: boolean;
  descriptionBullets: number;
  hasPublicationConsent: boolean;
};

/** Catalogue keys (board.blockers.<key>) for what blocks a stage. */
export type TBlocker =
  | "archived"
  | "noMeeting"
  | "noPrimaryContact"
  | "agreementNotSigned"
  | "logoMissing"
  | "descriptionMissing"
  | "consentMissing";

const RULES: Record<TStage, (f: TStageFacts) => TBlocker[]> = {
  CONTACTED: () => [],
  MET: (f) => (f.hasMeeting ? [] : ["noMeeting"]),
  AGREEMENT_SIGNED: (f) => [
    ...(f.hasReachablePrimaryContact ? [] : (["noPrimaryContact"] as const)),
    ...(f.hasActiveAgreement ? [] : (["agreementNotSigned"] as const)),
  ],
  PUBLISHED: (f) => [
    ...(f.hasLogo ? [] : (["logoMissing"] as const)),
    ...(f.descriptionBullets >= 1 && f.descriptionBullets <= 5 ? [] : (["descriptionMissing"] as const)),
    ...(f.hasPublicationConsent ? [] : (["consentMissing"] as const)),
  ],
};

export const stageIndex = (s: TStage) => STAGES.indexOf(s);

export function nextStage(stage: TStage): TStage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

/**
 * Everything that blocks reaching `target`. Rules are cumulative: a partner can
 * only be published when the rules of every stage up to PUBLISHED hold.
 * Moving back is never blocked by rules (it needs a reason instead).
 */
export function blockersFor(facts: TStageFacts, target: TStage): TBlocker[] {
  if (facts.archived) return ["archived"];
  if (stageIndex(target) <= stageIndex(facts.stage)) return [];
  const out: TBlocker[] = [];
  for (const s of STAGES.slice(1, stageIndex(target) + 1)) out.push(...RULES[s](facts));
  return out;
}

export type TMoveDecision =
  | { ok: true; backwards: boolean }
  | { ok: false; reason: "sameStage" | "reasonRequired" | "blocked"; blockers?: TBlocker[] };

export function decideMove(facts: TStageFacts, target: TStage, reason?: string | null): TMoveDecision {
  if (facts.archived) return { ok: false, reason: "blocked", blockers: ["archived"] };
  if (target === facts.stage) return { ok: false, reason: "sameStage" };
  const backwards = stageIndex(target) < stageIndex(facts.stage);
  if (backwards) {
    return reason && reason.trim().length >= 3 ? { ok: true, backwards } : { ok: false, reason: "reasonRequired" };
  }
  const blockers = blockersFor(facts, target);
  return blockers.length ? { ok: false, reason: "blocked", blockers } : { ok: true, backwards };
}

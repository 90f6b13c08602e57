import { describe, expect, it } from "vitest";
import { STAGES, type TStage } from "./fields-of-work";
import { blockersFor, decideMove, nextStage, stageIndex, type TBlocker, type TStageFacts } from "./stage-rules";

/** A partner that satisfies every rule, at `stage`. */
const ready = (stage: TStage, over: Partial<TStageFacts> = {}): TStageFacts => ({
  stage,
  archived: false,
  hasMeeting: true,
  hasReachablePrimaryContact: true,
  hasActiveAgreement: true,
  hasLogo: true,
  descriptionBullets: 3,
  hasPublicationConsent: true,
  ...over,
});

/** A partner that satisfies no rule, at `stage`. */
const bare = (stage: TStage, over: Partial<TStageFacts> = {}): TStageFacts => ({
  stage,
  archived: false,
  hasMeeting: false,
  hasReachablePrimaryContact: false,
  hasActiveAgreement: false,
  hasLogo: false,
  descriptionBullets: 0,
  hasPublicationConsent: false,
  ...over,
});

describe("stage order", () => {
  it("has four stages in order, and nextStage walks them", () => {
    expect(STAGES).toEqual(["CONTACTED", "MET", "AGREEMENT_SIGNED", "PUBLISHED"]);
    expect(STAGES.map(stageIndex)).toEqual([0, 1, 2, 3]);
    expect(nextStage("CONTACTED")).toBe("MET");
    expect(nextStage("MET")).toBe("AGREEMENT_SIGNED");
    expect(nextStage("AGREEMENT_SIGNED")).toBe("PUBLISHED");
    expect(nextStage("PUBLISHED")).toBeNull();
  });
});

describe("forward moves to the next stage", () => {
  it("CONTACTED → MET is allowed with a meeting and blocked without (noMeeting)", () => {
    expect(decideMove(ready("CONTACTED"), "MET")).toEqual({ ok: true, backwards: false });
    expect(decideMove(bare("CONTACTED", { hasMeeting: true }), "MET")).toEqual({ ok: true, backwards: false });
    expect(decideMove(ready("CONTACTED", { hasMeeting: false }), "MET")).toEqual({ ok: false, reason: "blocked", blockers: ["noMeeting"] });
    expect(blockersFor(ready("CONTACTED", { hasMeeting: false }), "MET")).toEqual(["noMeeting"]);
  });

  it("MET → AGREEMENT_SIGNED needs a reachable primary contact and an active agreement", () => {
    expect(decideMove(ready("MET"), "AGREEMENT_SIGNED")).toEqual({ ok: true, backwards: false });
    expect(decideMove(ready("MET", { hasReachablePrimaryContact: false }), "AGREEMENT_SIGNED")).toEqual({
      ok: false,
      reason: "blocked",
      blockers: ["noPrimaryContact"],
    });
    expect(decideMove(ready("MET", { hasActiveAgreement: false }), "AGREEMENT_SIGNED")).toEqual({
      ok: false,
      reason: "blocked",
      blockers: ["agreementNotSigned"],
    });
    expect(blockersFor(ready("MET", { hasReachablePrimaryContact: false, hasActiveAgreement: false }), "AGREEMENT_SIGNED")).toEqual([
      "noPrimaryContact",
      "agreementNotSigned",
    ]);
  });

  it("AGREEMENT_SIGNED → PUBLISHED needs a logo, 1–5 description bullets and consent", () => {
    expect(decideMove(ready("AGREEMENT_SIGNED"), "PUBLISHED")).toEqual({ ok: true, backwards: false });
    const blocked = (over: Partial<TStageFacts>) => blockersFor(ready("AGREEMENT_SIGNED", over), "PUBLISHED");
    expect(blocked({ hasLogo: false })).toEqual(["logoMissing"]);
    expect(blocked({ hasPublicationConsent: false })).toEqual(["consentMissing"]);
    expect(blocked({ descriptionBullets: 0 })).toEqual(["descriptionMissing"]);
    expect(blocked({ descriptionBullets: 6 })).toEqual(["descriptionMissing"]);
    expect(blocked({ descriptionBullets: 1 })).toEqual([]);
    expect(blocked({ descriptionBullets: 5 })).toEqual([]);
    expect(blocked({ hasLogo: false, descriptionBullets: 0, hasPublicationConsent: false })).toEqual([
      "logoMissing",
      "descriptionMissing",
      "consentMissing",
    ]);
    expect(decideMove(ready("AGREEMENT_SIGNED", { descriptionBullets: 6 }), "PUBLISHED")).toEqual({
      ok: false,
      reason: "blocked",
      blockers: ["descriptionMissing"],
    });
  });

  it("rules of stages already passed still hold: a MET partner without a meeting cannot move on", () => {
    expect(blockersFor(ready("MET", { hasMeeting: false }), "AGREEMENT_SIGNED")).toEqual(["noMeeting"]);
    expect(blockersFor(ready("AGREEMENT_SIGNED", { hasMeeting: false, hasActiveAgreement: false }), "PUBLISHED")).toEqual([
      "noMeeting",
      "agreementNotSigned",
    ]);
    expect(decideMove(ready("AGREEMENT_SIGNED", { hasReachablePrimaryContact: false }), "PUBLISHED")).toEqual({
      ok: false,
      reason: "blocked",
      blockers: ["noPrimaryContact"],
    });
  });

  it("rules of later stages do not block an earlier target", () => {
    expect(decideMove(ready("CONTACTED", { hasLogo: false, hasActiveAgreement: false }), "MET")).toEqual({ ok: true, backwards: false });
  });
});

describe("skipping stages: rules are cumulative", () => {
  it("CONTACTED → AGREEMENT_SIGNED checks MET and AGREEMENT_SIGNED rules", () => {
    expect(decideMove(ready("CONTACTED"), "AGREEMENT_SIGNED")).toEqual({ ok: true, backwards: false });
    expect(blockersFor(bare("CONTACTED"), "AGREEMENT_SIGNED")).toEqual(["noMeeting", "noPrimaryContact", "agreementNotSigned"]);
    expect(blockersFor(ready("CONTACTED", { hasMeeting: false }), "AGREEMENT_SIGNED")).toEqual(["noMeeting"]);
  });

  it("CONTACTED → PUBLISHED checks every rule, in stage order", () => {
    expect(decideMove(ready("CONTACTED"), "PUBLISHED")).toEqual({ ok: true, backwards: false });
    const all: TBlocker[] = ["noMeeting", "noPrimaryContact", "agreementNotSigned", "logoMissing", "descriptionMissing", "consentMissing"];
    expect(blockersFor(bare("CONTACTED"), "PUBLISHED")).toEqual(all);
    expect(decideMove(bare("CONTACTED"), "PUBLISHED")).toEqual({ ok: false, reason: "blocked", blockers: all });
    expect(blockersFor(ready("CONTACTED", { hasMeeting: false }), "PUBLISHED")).toEqual(["noMeeting"]);
    expect(blockersFor(ready("CONTACTED", { hasActiveAgreement: false }), "PUBLISHED")).toEqual(["agreementNotSigned"]);
  });

  it("MET → PUBLISHED checks every rule up to PUBLISHED", () => {
    expect(blockersFor(bare("MET"), "PUBLISHED")).toEqual([
      "noMeeting",
      "noPrimaryContact",
      "agreementNotSigned",
      "logoMissing",
      "descriptionMissing",
      "consentMissing",
    ]);
    expect(blockersFor(ready("MET", { hasReachablePrimaryContact: false, descriptionBullets: 6 }), "PUBLISHED")).toEqual([
      "noPrimaryContact",
      "descriptionMissing",
    ]);
  });
});

describe("backward moves need a reason", () => {
  const backwards: [TStage, TStage][] = [
    ["MET", "CONTACTED"],
    ["AGREEMENT_SIGNED", "MET"],
    ["AGREEMENT_SIGNED", "CONTACTED"],
    ["PUBLISHED", "AGREEMENT_SIGNED"],
    ["PUBLISHED", "CONTACTED"],
  ];

  it.each(backwards)("%s → %s with a reason is allowed, even when no rule holds", (from, to) => {
    expect(decideMove(bare(from), to, "Vertrag gekündigt")).toEqual({ ok: true, backwards: true });
  });

  it.each(backwards)("%s → %s without a reason is refused", (from, to) => {
    for (const reason of [undefined, null, "", "  ", "ab", "  ab  "]) {
      expect(decideMove(ready(from), to, reason)).toEqual({ ok: false, reason: "reasonRequired" });
    }
  });

  it("a reason of exactly 3 characters (after trimming) is enough", () => {
    expect(decideMove(ready("MET"), "CONTACTED", "abc")).toEqual({ ok: true, backwards: true });
    expect(decideMove(ready("MET"), "CONTACTED", "  abc  ")).toEqual({ ok: true, backwards: true });
  });

  it("blockersFor never blocks moving back or staying", () => {
    for (const from of STAGES) {
      for (const to of STAGES.slice(0, stageIndex(from) + 1)) expect(blockersFor(bare(from), to)).toEqual([]);
    }
  });

  it("a forward move does not need a reason, and one given does not bypass the rules", () => {
    expect(decideMove(ready("CONTACTED"), "MET")).toEqual({ ok: true, backwards: false });
    expect(decideMove(bare("CONTACTED"), "MET", "Wir haben telefoniert")).toEqual({ ok: false, reason: "blocked", blockers: ["noMeeting"] });
  });
});

describe("refused moves", () => {
  it.each(STAGES)("%s → same stage is refused as sameStage", (stage) => {
    expect(decideMove(ready(stage), stage)).toEqual({ ok: false, reason: "sameStage" });
    expect(decideMove(ready(stage), stage, "a good reason")).toEqual({ ok: false, reason: "sameStage" });
  });

  it("an archived partner cannot move anywhere, forwards, backwards or to its own stage", () => {
    for (const from of STAGES) {
      for (const to of STAGES) {
        expect(decideMove(ready(from, { archived: true }), to, "a good reason")).toEqual({ ok: false, reason: "blocked", blockers: ["archived"] });
        expect(blockersFor(ready(from, { archived: true }), to)).toEqual(["archived"]);
      }
    }
  });
});

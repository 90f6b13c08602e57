import { describe, expect, it } from "vitest";
import { funnel, percentile, stateOn, timeInStage, type THistoryEvent, type TPartnerHistory } from "./funnel";

const d = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000);
const move = (day: number, to: THistoryEvent["to"]): THistoryEvent => ({ at: d(day), kind: "MOVE", to });
const archive = (day: number, to: THistoryEvent["to"]): THistoryEvent => ({ at: d(day), kind: "ARCHIVE", to });
const restore = (day: number, to: THistoryEvent["to"]): THistoryEvent => ({ at: d(day), kind: "RESTORE", to });
const h = (partnerId: string, ...events: THistoryEvent[]): TPartnerHistory => ({ partnerId, events });
const year = { from: d(0), to: d(365) };
const now = d(400);

describe("funnel by cohort", () => {
  it("counts who entered each stage in the period and how many reached the next", () => {
    const histories = [
      h("a", move(10, "CONTACTED"), move(20, "MET"), move(40, "AGREEMENT_SIGNED"), move(50, "PUBLISHED")),
      h("b", move(15, "CONTACTED"), move(30, "MET")), // still in MET
      h("c", move(16, "CONTACTED")), // still in CONTACTED: not converted
    ];
    const steps = funnel(histories, year);
    expect(steps.map((s) => [s.stage, s.entered, s.converted])).toEqual([
      ["CONTACTED", 3, 2],
      ["MET", 2, 1],
      ["AGREEMENT_SIGNED", 1, 1],
    ]);
    expect(steps[0].rate).toBeCloseTo(2 / 3);
  });

  it("a move back and forward again counts once", () => {
    const steps = funnel([h("a", move(1, "CONTACTED"), move(5, "MET"), move(8, "CONTACTED"), move(12, "MET"))], year);
    expect(steps[0]).toMatchObject({ entered: 1, converted: 1 });
    expect(steps[1]).toMatchObject({ entered: 1, converted: 0 });
  });

  it("only entries inside the period form the cohort; conversion may come after it", () => {
    const period = { from: d(100), to: d(200) };
    const steps = funnel([h("old", move(10, "CONTACTED"), move(150, "MET")), h("new", move(190, "CONTACTED"), move(250, "MET"))], period);
    expect(steps[0]).toMatchObject({ entered: 1, converted: 1 }); // "new" converted after the period, by today
    expect(steps[1]).toMatchObject({ entered: 1, converted: 0 }); // "old" entered MET in the period
  });

  it("an archived partner counts as not converted; an empty period has no rate", () => {
    const steps = funnel([h("a", move(1, "CONTACTED"), archive(3, "CONTACTED"))], year);
    expect(steps[0]).toMatchObject({ entered: 1, converted: 0, rate: 0 });
    expect(funnel([h("a", move(1, "CONTACTED"))], { from: d(500), to: d(600) }).every((s) => s.entered === 0 && s.rate === null)).toBe(true);
  });
});

describe("time in stage", () => {
  it("median and p80 of stays that ended in the period; open stays apart", () => {
    const histories = [
      h("a", move(0, "CONTACTED"), move(10, "MET")),
      h("b", move(0, "CONTACTED"), move(20, "MET")),
      h("c", move(0, "CONTACTED"), move(30, "MET")),
      h("d", move(0, "CONTACTED"), move(40, "MET")),
      h("e", move(0, "CONTACTED"), move(50, "MET"), move(60, "AGREEMENT_SIGNED")),
    ];
    const [contacted, met] = timeInStage(histories, year, now);
    expect(contacted).toMatchObject({ ended: 5, medianDays: 30, p80Days: 42, open: 0, openMedianDays: null });
    expect(met).toMatchObject({ ended: 1, medianDays: 10, open: 4 });
    expect(met.openMedianDays).toBe(400 - 25); // open stays since days 10, 20, 30, 40 → median entry 25
  });

  it("archiving ends a stay, restoring starts a new one; back moves end a stay too", () => {
    const histories = [h("a", move(0, "CONTACTED"), move(10, "MET"), archive(15, "MET"), restore(100, "MET"), move(130, "CONTACTED"))];
    const [contacted, met] = timeInStage(histories, year, now);
    expect(met).toMatchObject({ ended: 2, medianDays: 17.5, open: 0 }); // stays of 5 and 30 days
    expect(contacted).toMatchObject({ ended: 1, medianDays: 10, open: 1, openMedianDays: 270 });
  });

  it("stays that ended outside the period are left out; an empty period gives nulls", () => {
    const out = timeInStage([h("a", move(0, "CONTACTED"), move(10, "MET"))], { from: d(100), to: d(200) }, now);
    expect(out[0]).toMatchObject({ ended: 0, medianDays: null, p80Days: null });
    expect(out[1]).toMatchObject({ open: 1 });
  });

  it("derives the stage and state on any date", () => {
    const hist = h("a", move(0, "CONTACTED"), move(10, "MET"), archive(15, "MET"), restore(100, "MET"));
    expect(stateOn(hist, d(-1))).toBeNull();
    expect(stateOn(hist, d(12))).toEqual({ stage: "MET", archived: false });
    expect(stateOn(hist, d(50))).toEqual({ stage: "MET", archived: true });
    expect(stateOn(hist, d(100))).toEqual({ stage: "MET", archived: false });
  });

  it("percentile interpolates", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5], 0.8)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });
});

// Funnel and time-in-stage maths for the dashboard, on a partner's typed history
// (StageChange rows: MOVE, ARCHIVE, RESTORE). Pure functions; the loader feeds them.
import { STAGES, type TStage } from "./fields-of-work";

export type THistoryEvent = { at: Date; kind: "MOVE" | "ARCHIVE" | "RESTORE"; to: TStage };
export type TPartnerHistory = { partnerId: string; events: THistoryEvent[] };
export type TPeriod = { from: Date; to: Date };

const DAY_MS = 86_400_000;
const idx = (s: TStage) => STAGES.indexOf(s);
const inPeriod = (at: Date, p: TPeriod) => at >= p.from && at < p.to;
const sorted = (events: THistoryEvent[]) => [...events].sort((a, b) => a.at.getTime() - b.at.getTime());

/** The partner's stage and whether it was archived at `at` (null before it existed). */
export function stateOn(history: TPartnerHistory, at: Date): { stage: TStage; archived: boolean } | null {
  let state: { stage: TStage; archived: boolean } | null = null;
  for (const e of sorted(history.events)) {
    if (e.at > at) break;
    state = { stage: e.to, archived: e.kind === "ARCHIVE" };
  }
  return state;
}

export type TFunnelStep = { stage: TStage; next: TStage; entered: number; converted: number; rate: number | null };

/**
 * Cohort conversion: of the partners who entered stage S during the period, the share
 * that reached S+1 (or beyond) after that, by today. Each partner counts once per
 * stage, however often it moved back and forward; partners still in S, or archived
 * in it, count as not converted.
 */
export function funnel(histories: TPartnerHistory[], period: TPeriod): TFunnelStep[] {
  return STAGES.slice(0, -1).map((stage, i) => {
    const next = STAGES[i + 1];
    let entered = 0;
    let converted = 0;
    for (const h of histories) {
      const events = sorted(h.events).filter((e) => e.kind === "MOVE");
      const firstEntry = events.find((e) => e.to === stage && inPeriod(e.at, period));
      if (!firstEntry) continue;
      entered++;
      if (events.some((e) => e.at > firstEntry.at && idx(e.to) > i)) converted++;
    }
    return { stage, next, entered, converted, rate: entered ? converted / entered : null };
  });
}

/** Linear-interpolated percentile (0–1) of ascending values; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = (xs.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

export type TStageTime = {
  stage: TStage;
  /** Stays that ended during the period (moved on, moved back, or archived). */
  ended: number;
  medianDays: number | null;
  p80Days: number | null;
  /** Stays still open now (partner in the stage and not archived). */
  open: number;
  openMedianDays: number | null;
};

const days = (ms: number) => Math.round((ms / DAY_MS) * 10) / 10;

/**
 * Time in stage per stage: every stay that ended during the period (exit − entry),
 * median and 80th percentile in days; stays still open are reported apart. A move
 * or an archive ends a stay; a restore starts a new one in the same stage.
 */
export function timeInStage(histories: TPartnerHistory[], period: TPeriod, now: Date): TStageTime[] {
  const ended = new Map<TStage, number[]>(STAGES.map((s) => [s, []]));
  const open = new Map<TStage, number[]>(STAGES.map((s) => [s, []]));
  for (const h of histories) {
    let stay: { stage: TStage; start: Date } | null = null;
    for (const e of sorted(h.events)) {
      if (stay && (e.kind === "MOVE" || e.kind === "ARCHIVE")) {
        if (inPeriod(e.at, period)) ended.get(stay.stage)!.push(e.at.getTime() - stay.start.getTime());
        stay = null;
      }
      if (e.kind === "MOVE" || e.kind === "RESTORE") stay = { stage: e.to, start: e.at };
    }
    if (stay) open.get(stay.stage)!.push(now.getTime() - stay.start.getTime());
  }
  return STAGES.map((stage) => {
    const e = ended.get(stage)!;
    const o = open.get(stage)!;
    const med = percentile(e, 0.5);
    const p80 = percentile(e, 0.8);
    const openMed = percentile(o, 0.5);
    return {
      stage,
      ended: e.length,
      medianDays: med === null ? null : days(med),
      p80Days: p80 === null ? null : days(p80),
      open: o.length,
      openMedianDays: openMed === null ? null : days(openMed),
    };
  });
}

// Due dates of tasks are calendar days in Europe/Berlin (optionally with a local
// time). Every bucket is computed against Berlin's calendar, not the server's zone.

export const TASK_TIME_ZONE = "Europe/Berlin";
export const TASK_BUCKETS = ["overdue", "today", "week", "later"] as const;
export type TTaskBucket = (typeof TASK_BUCKETS)[number];

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TASK_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TASK_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "YYYY-MM-DD" of an instant in Berlin. */
export const berlinDay = (at: Date) => dayFormat.format(at);
/** "HH:MM" of an instant in Berlin. */
export const berlinTime = (at: Date) => timeFormat.format(at);

/** A `@db.Date` value (UTC midnight) as "YYYY-MM-DD". */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
/** "YYYY-MM-DD" as the UTC-midnight Date Prisma stores in a `@db.Date` column. */
export const toDbDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** Adds calendar days to "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  const d = toDbDate(day);
  d.setUTCDate(d.getUTCDate() + days);
  return dateOnly(d);
}

/** Adds working days (Monday–Friday; public holidays are not known) to "YYYY-MM-DD". */
export function addWorkingDays(day: string, days: number): string {
  let d = day;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    const wd = toDbDate(d).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return d;
}

export type TDue = { dueDate: string; dueTime: string | null };

/** Overdue: an earlier day, or today at a time that has passed. */
export function isOverdue(due: TDue, now: Date): boolean {
  const today = berlinDay(now);
  if (due.dueDate < today) return true;
  return due.dueDate === today && due.dueTime !== null && due.dueTime <= berlinTime(now);
}

/** overdue · today · within the next 7 days · later. */
export function taskBucket(due: TDue, now: Date): TTaskBucket {
  if (isOverdue(due, now)) return "overdue";
  const today = berlinDay(now);
  if (due.dueDate === today) return "today";
  if (due.dueDate <= addDays(today, 7)) return "week";
  return "later";
}

/** The instant a Berlin calendar day begins (00:00 CET or CEST). */
export function berlinMidnight(day: string): Date {
  const utc = toDbDate(day).getTime();
  for (const hours of [1, 2, 0]) {
    const at = new Date(utc - hours * 3600_000);
    if (berlinDay(at) === day && berlinTime(at) === "00:00") return at;
  }
  return new Date(utc);
}

import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/domain/fields-of-work";
import { ZId, ZVersion, optionalText, requiredText } from "./common";

/** A real calendar day "YYYY-MM-DD" (not 30 February), within a sensible range. */
export const ZDueDate = z
  .string({ error: "validation.required" })
  .min(1, "validation.required")
  .refine((v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
  }, "validation.date");

/** Optional local time "HH:MM" (Europe/Berlin); "" means the whole day. */
export const ZDueTime = z
  .string({ error: "validation.invalid" })
  .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "validation.time");

const taskFields = {
  title: requiredText(200),
  note: optionalText(2000),
  dueDate: ZDueDate,
  dueTime: ZDueTime,
  assigneeId: ZId,
};

export const ZTaskFields = z.object(taskFields);
export type TTaskFields = z.infer<typeof ZTaskFields>;

export const ZCreateTask = z.object({ partnerId: ZId, ...taskFields });
export type TCreateTask = z.infer<typeof ZCreateTask>;

export const ZUpdateTask = z.object({ id: ZId, version: ZVersion, ...taskFields });
export type TUpdateTask = z.infer<typeof ZUpdateTask>;

export const ZReopenTask = z.object({ id: ZId, version: ZVersion });
export type TReopenTask = z.infer<typeof ZReopenTask>;

/**
 * Completing a task: optionally logs it as an activity and schedules the next one.
 * The nested parts are checked only when their box is ticked.
 */
export const ZCompleteTask = z
  .object({
    id: ZId,
    version: ZVersion,
    logActivity: z.boolean(),
    activity: z.object({ kind: z.enum(ACTIVITY_KINDS, { error: "validation.invalidOption" }), summary: z.string() }),
    scheduleNext: z.boolean(),
    next: z.object({ title: z.string(), note: z.string(), dueDate: z.string(), dueTime: z.string(), assigneeId: z.string() }),
  })
  .superRefine((v, ctx) => {
    const check = (schema: z.ZodType, value: unknown, path: string[]) => {
      const r = schema.safeParse(value);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: [...path, ...issue.path.map(String)] });
    };
    if (v.logActivity) check(requiredText(2000), v.activity.summary, ["activity", "summary"]);
    if (v.scheduleNext) check(ZTaskFields, v.next, ["next"]);
  });
export type TCompleteTask = z.infer<typeof ZCompleteTask>;

export const ZSetOwner = z.object({ id: ZId, version: ZVersion, ownerId: z.union([ZId, z.literal("")]) });
export type TSetOwner = z.infer<typeof ZSetOwner>;

export const ZSetOwners = z.object({
  ids: z.array(ZId).min(1, "validation.required").max(100, "validation.invalid"),
  ownerId: z.union([ZId, z.literal("")]),
});
export type TSetOwners = z.infer<typeof ZSetOwners>;

/** Filters of "Meine Aufgaben", kept in the URL. */
export const ZTaskListQuery = z.object({
  who: z.enum(["me", "all"]).catch("me"),
  assignee: ZId.optional().catch(undefined),
});
export type TTaskListQuery = z.infer<typeof ZTaskListQuery>;

import { z } from "zod";
import { FIELD_OF_WORK_ID, MAX_FIELDS_PER_PARTNER } from "@/lib/domain/fields-of-work";
import { ZVersion, requiredText } from "./common";

/** A field-of-work id in a form or a filter; whether it exists (and is active) is checked on the server. */
export const ZFieldOfWorkId = z.string({ error: "validation.invalidOption" }).regex(FIELD_OF_WORK_ID, "validation.invalidOption");

/** The fields of work of a partner or a join request. */
export const ZFieldOfWorkIds = z.array(ZFieldOfWorkId).max(MAX_FIELDS_PER_PARTNER, "validation.invalid");

/** A new field of work. `id` may be empty: the server derives it from the German label. */
export const ZFieldOfWorkCreate = z.object({
  id: z.union([z.literal(""), z.string().trim().regex(FIELD_OF_WORK_ID, "settings.fieldsOfWork.errors.idFormat")]),
  labelDe: requiredText(80),
  labelEn: requiredText(80),
  sortOrder: z.number({ error: "validation.invalid" }).int("validation.invalid").min(0, "validation.invalid").max(10_000, "validation.invalid"),
});
export type TFieldOfWorkCreate = z.infer<typeof ZFieldOfWorkCreate>;

/** Rename, reorder, (de)activate. Ids never change: the feed and the widget publish them. */
export const ZFieldOfWorkUpdate = ZFieldOfWorkCreate.omit({ id: true }).extend({
  id: ZFieldOfWorkId,
  active: z.boolean({ error: "validation.invalid" }),
  version: ZVersion,
});
export type TFieldOfWorkUpdate = z.infer<typeof ZFieldOfWorkUpdate>;

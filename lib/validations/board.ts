import { z } from "zod";
import { CIRCLES, STAGES } from "@/lib/domain/fields-of-work";
import { ZFieldOfWorkId } from "./field-of-work";
import { ZId, ZVersion, noControlChars, optionalText } from "./common";

/** `owner=all`: every owner, explicitly (without `owner`, coordinators who own partners see theirs). */
export const OWNER_ALL = "all";

/** Board filters, kept in the URL. Invalid values fall back to "no filter". */
export const ZBoardFilters = z.object({
  q: z.string().trim().max(100).refine(noControlChars).catch(""),
  circle: z.enum(CIRCLES).optional().catch(undefined),
  field: ZFieldOfWorkId.optional().catch(undefined),
  owner: z.string().max(64).optional().catch(undefined),
  stuck: z.coerce.number().int().min(1).max(3650).optional().catch(undefined),
  archived: z.enum(["1"]).optional().catch(undefined),
  // "none": only partners in an open stage without an open task ("kein nächster Schritt").
  next: z.enum(["none"]).optional().catch(undefined),
});
export type TBoardFilters = z.infer<typeof ZBoardFilters>;

export function parseBoardFilters(params: Record<string, string | string[] | undefined>): TBoardFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  return ZBoardFilters.parse({ ...flat, q: flat.q ?? "" });
}

export const ZMoveStage = z.object({
  id: ZId,
  version: ZVersion,
  to: z.enum(STAGES, { error: "validation.invalidOption" }),
  reason: optionalText(500).optional(),
});
export type TMoveStage = z.infer<typeof ZMoveStage>;

export const ZLoadColumn = z.object({
  filters: ZBoardFilters,
  stage: z.enum(STAGES),
  offset: z.number().int().min(0).max(100_000),
});

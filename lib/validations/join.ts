import { z } from "zod";
import { markdownNestingProblem } from "@/lib/domain/markdown-limits";
import { ZOptionalPhone, optionalText, requiredText } from "./common";
import { ZFieldOfWorkIds } from "./field-of-work";

export const JOIN_MESSAGE_MIN = 10;

/**
 * The public contact form on /mitglied-werden. `homepage` is the honeypot (must
 * stay empty) and `formToken` the signed start time (minimum fill time); both
 * are checked on the server, after validation.
 */
export const ZJoinRequest = z.object({
  name: requiredText(120),
  organisation: optionalText(200),
  email: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.email")),
  phone: ZOptionalPhone,
  fieldsOfWork: ZFieldOfWorkIds,
  message: requiredText(4000).min(JOIN_MESSAGE_MIN, "public.join.errors.messageTooShort"),
  consent: z.boolean({ error: "public.join.errors.consent" }).refine((v) => v, "public.join.errors.consent"),
  homepage: z.string().max(500, "validation.tooLong"),
  formToken: z.string().max(200, "validation.invalid"),
});
export type TJoinRequest = z.infer<typeof ZJoinRequest>;

export const ZStartJoinForm = z.object({});

/** The coordinator-edited Markdown of the join page; `basedOn` is the updatedAt the editor started from. */
const pageMarkdown = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((v) => markdownNestingProblem(v) === null, "validation.markdownTooDeep");

export const ZJoinPageContent = z.object({
  markdown: pageMarkdown(requiredText(20_000)),
  basedOn: z.string().max(40, "validation.invalid"),
});
export type TJoinPageContent = z.infer<typeof ZJoinPageContent>;

export const ZMarkdownPreview = z.object({ markdown: pageMarkdown(z.string().max(20_000, "validation.tooLong")) });

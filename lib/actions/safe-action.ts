import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { assertPartner, assertRole, getActor, type TActor } from "@/lib/auth/session";
import { AppError, isDatabaseUnavailable, type TErrorCode } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { constraintError } from "@/lib/server/constraint-errors";

export type TFieldErrors = Record<string, string>;
export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: TErrorCode; fieldErrors?: TFieldErrors; details?: Record<string, unknown>; requestId?: string; message?: string };

/** zod issues → { "field.path": "catalogue.key" } (first message per field). */
export function toFieldErrors(error: z.ZodError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message.includes(".") ? issue.message : "validation.invalid";
  }
  return out;
}

/**
 * The one wrapper every server action goes through:
 * validate → authenticate → authorise → run → map errors to one result shape.
 */
export function defineAction<S extends z.ZodType, R>(
  opts: { name: string; schema: S; roles: readonly Role[] },
  handler: (input: z.infer<S>, actor: TActor) => Promise<R>,
) {
  return run(opts, async () => assertRole(await getActor(), opts.roles), handler);
}

/** For the few actions anonymous visitors may call (first-admin setup); still validated and rate-limited by their own logic. */
export function definePublicAction<S extends z.ZodType, R>(
  opts: { name: string; schema: S },
  handler: (input: z.infer<S>, actor: TActor | null) => Promise<R>,
) {
  return run(opts, getActor, handler);
}

function run<S extends z.ZodType, R, A>(
  opts: { name: string; schema: S },
  authorise: () => Promise<A>,
  handler: (input: z.infer<S>, actor: A) => Promise<R>,
) {
  return async (raw: unknown): Promise<TActionResult<R>> => {
    const requestId = (await headers()).get("x-request-id") ?? crypto.randomUUID();
    try {
      const actor = await authorise();
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) };
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (thrown) {
      // A rule-holding unique index that refused a concurrent write gets its own message.
      const err = constraintError(thrown) ?? thrown;
      if (err instanceof AppError) {
        const fieldErrors = err.details?.fieldErrors as TFieldErrors | undefined;
        const message = typeof err.details?.messageKey === "string" ? err.details.messageKey : undefined;
        return { ok: false, code: err.code, fieldErrors, details: err.details, ...(message ? { message } : {}) };
      }
      if (isDatabaseUnavailable(err)) {
        console.warn(JSON.stringify({ level: "warn", requestId, action: opts.name, msg: "database unavailable", error: String(err) }));
        return { ok: false, code: "UNAVAILABLE", requestId };
      }
      console.error(JSON.stringify({ level: "error", requestId, action: opts.name, error: String(err), stack: (err as Error)?.stack }));
      return { ok: false, code: "INTERNAL", requestId };
    }
  };
}

/** Portal actions: the caller must be a partner user; handlers scope by actor.partnerId. */
export function definePartnerAction<S extends z.ZodType, R>(
  opts: { name: string; schema: S },
  handler: (input: z.infer<S>, actor: TActor & { partnerId: string }) => Promise<R>,
) {
  return run(opts, async () => assertPartner(await getActor()), handler);
}

export const COORDINATOR_ROLES = ["COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

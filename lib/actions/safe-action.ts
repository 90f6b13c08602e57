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

const MAX_INPUT_DEPTH = 16;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whatever an action's schema says, some values can never be stored or are never
 * typed by a person: NUL (PostgreSQL text refuses it), lone UTF-16 surrogates, and
 * nesting deeper than any form produces. They are refused here, for every action,
 * before a schema or a handler sees them.
 */
export function hostileInputProblem(value: unknown, depth = 0, path = ""): { path: string; message: string } | null {
  const at = path || "_form";
  if (typeof value === "string") return value.includes("\u0000") || LONE_SURROGATE.test(value) ? { path: at, message: "validation.controlCharacters" } : null;
  if (value === null || typeof value !== "object") return null;
  if (depth >= MAX_INPUT_DEPTH) return { path: at, message: "validation.invalid" };
  for (const [key, v] of Object.entries(value)) {
    const child = path ? `${path}.${key}` : key;
    const problem = hostileInputProblem(key, depth + 1, path) ?? hostileInputProblem(v, depth + 1, child);
    if (problem) return problem;
  }
  return null;
}

function run<S extends z.ZodType, R, A>(
  opts: { name: string; schema: S },
  authorise: () => Promise<A>,
  handler: (input: z.infer<S>, actor: A) => Promise<R>,
) {
  const action = async (raw: unknown): Promise<TActionResult<R>> => {
    const requestId = (await headers()).get("x-request-id") ?? crypto.randomUUID();
    try {
      const actor = await authorise();
      const hostile = hostileInputProblem(raw);
      // Reported at the field (the message shows next to it), like a schema's own refusal.
      if (hostile) return { ok: false, code: "VALIDATION", fieldErrors: { [hostile.path]: hostile.message } };
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
  // The schema travels with the action, for the fuzz test (tests/integration/fuzz.test.ts).
  return Object.assign(action, { schema: opts.schema });
}

/** Portal actions: the caller must be a partner user; handlers scope by actor.partnerId. */
export function definePartnerAction<S extends z.ZodType, R>(
  opts: { name: string; schema: S },
  handler: (input: z.infer<S>, actor: TActor & { partnerId: string }) => Promise<R>,
) {
  return run(opts, async () => assertPartner(await getActor()), handler);
}

export const COORDINATOR_ROLES = ["COORDINATOR", "ADMIN"] as const satisfies readonly Role[];

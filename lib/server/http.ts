import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, isDatabaseUnavailable } from "@/lib/errors";
import { ZId } from "@/lib/validations/common";

/** A route's id parameter, or null when it cannot be an id (answer 404 then, never query with it). */
export const idParam = (value: string) => (ZId.safeParse(value).success ? value : null);

type THeaders = { get(name: string): string | null };

/**
 * State-changing route handlers accept only same-origin browser requests, as Next
 * does for server actions: an Origin header must match the app's origin (the
 * request's Host, or NEXTAUTH_URL behind a proxy); without one, a browser's
 * Sec-Fetch-Site must not say cross-site. Non-browser clients send neither.
 */
export function assertSameOrigin(headers: THeaders, publicOrigin?: string) {
  const origin = headers.get("origin");
  if (origin) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    const allowed = new Set([publicOrigin && new URL(publicOrigin).origin, host && `http://${host}`, host && `https://${host}`].filter(Boolean));
    if (!allowed.has(origin)) throw new AppError("FORBIDDEN", "cross-origin request");
  } else if (headers.get("sec-fetch-site") === "cross-site") {
    throw new AppError("FORBIDDEN", "cross-origin request");
  }
}

/** Maps an error to the JSON error shape of every route handler: { error, message?, field? }. */
export function errorResponse(err: unknown, requestId?: string) {
  if (err instanceof AppError) {
    const fieldErrors = err.details?.fieldErrors as Record<string, string> | undefined;
    const [field, message] = Object.entries(fieldErrors ?? {})[0] ?? [];
    return NextResponse.json({ error: err.code, ...(field ? { field, message } : {}) }, { status: HTTP_STATUS[err.code] });
  }
  if (isDatabaseUnavailable(err)) {
    console.warn(JSON.stringify({ level: "warn", requestId, msg: "database unavailable", error: String(err) }));
    return NextResponse.json({ error: "UNAVAILABLE" }, { status: 503, headers: { "Retry-After": "5" } });
  }
  console.error(JSON.stringify({ level: "error", requestId, error: String(err), stack: (err as Error)?.stack }));
  return NextResponse.json({ error: "INTERNAL", requestId }, { status: 500 });
}

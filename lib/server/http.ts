import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, isDatabaseUnavailable } from "@/lib/errors";

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

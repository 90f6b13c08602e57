import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Signed-in areas: anonymous visitors are sent to the sign-in page. First line of
// defence only: every page loader and server action checks the session and role
// again on the server (lib/auth/session.ts).
const PROTECTED = /^\/(board|partners|reviews|agreements|feedback|settings|admin|portal)(\/|$)/;

// Pages rendered once and served from Next's cache: their inline scripts cannot carry
// a per-request nonce, so they keep the site-wide policy from next.config.js.
const STATIC_PAGES = /^\/(mitglied-werden|datenschutz|unavailable)(\/|$)/;

/**
 * A Content-Security-Policy with a fresh nonce for every dynamically rendered page:
 * Next reads the nonce from the request's CSP header and puts it on its own scripts,
 * so no other inline script can run.
 */
function contentSecurityPolicy(nonce: string | null) {
  const dev = process.env.NODE_ENV === "development";
  return [
    ...(nonce
      ? ["default-src 'self'", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "font-src 'self'", "connect-src 'self'"]
      : []),
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

export default async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PROTECTED.test(pathname) && !(await getToken({ req }))) {
    const signIn = new URL("/signin", req.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const headers = new Headers(req.headers);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  const csp = contentSecurityPolicy(STATIC_PAGES.test(pathname) ? null : btoa(crypto.randomUUID()));
  headers.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", headers.get("x-request-id")!);
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Every page; not API routes (they send no HTML), Next's static files or the widget script.
  matcher: ["/((?!api/|_next/static|_next/image|favicon|icon|widget\\.js).*)"],
};

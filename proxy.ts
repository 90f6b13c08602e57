import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Signed-in areas: anonymous visitors are sent to the sign-in page. First line of
// defence only: every page loader and server action checks the session and role
// again on the server (lib/auth/session.ts).
const PROTECTED = /^\/(dashboard|tasks|notifications|account|board|partners|reviews|agreements|feedback|settings|admin|portal)(\/|$)/;

// Pages rendered once and served from Next's cache: their inline scripts cannot carry
// a per-request nonce, so they get the policy without script-src.
const STATIC_PAGES = /^\/(mitglied-werden|datenschutz|unavailable)(\/|$)/;

// "/" is decided here from the session cookie, so that the public page stays static:
// coordinators go to /dashboard, partners to /portal, anonymous visitors see the
// public start page (for now the join page).
export const PUBLIC_HOME = "/mitglied-werden";

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
  const token = pathname === "/" || PROTECTED.test(pathname) ? await getToken({ req }) : null;
  if (pathname === "/") {
    const home = token?.home;
    const target = typeof home === "string" && (home === "/dashboard" || home === "/portal") ? home : token ? "/dashboard" : null;
    const url = req.nextUrl.clone();
    url.pathname = target ?? PUBLIC_HOME;
    if (target) return NextResponse.redirect(url);
    return withHeaders(req, NextResponse.rewrite(url), null);
  }
  if (PROTECTED.test(pathname) && !token) {
    const signIn = new URL("/signin", req.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return withHeaders(req, null, STATIC_PAGES.test(pathname) ? null : btoa(crypto.randomUUID()));
}

/** Request id and CSP on the request (Next reads the nonce there) and on the response. */
function withHeaders(req: NextRequest, rewrite: NextResponse | null, nonce: string | null) {
  const headers = new Headers(req.headers);
  if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  headers.set("Content-Security-Policy", csp);
  const res = rewrite ?? NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", headers.get("x-request-id")!);
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  // Every page; not API routes (they send no HTML), Next's static files or the widget script.
  matcher: ["/((?!api/|_next/static|_next/image|favicon|icon|widget\\.js).*)"],
};

import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";

// First line of defence only: every page loader and server action checks the
// session and role again on the server (lib/auth/session.ts).
// "/" is decided here from the session cookie, so that the public page stays static:
// coordinators go to /dashboard, partners to /portal, anonymous visitors see the
// public start page (for now the join page).
export const PUBLIC_HOME = "/mitglied-werden";

export default withAuth(
  function proxy(req) {
    if (req.nextUrl.pathname === "/") {
      const home = req.nextauth.token?.home;
      const target = typeof home === "string" && (home === "/dashboard" || home === "/portal") ? home : req.nextauth.token ? "/dashboard" : null;
      const url = req.nextUrl.clone();
      url.pathname = target ?? PUBLIC_HOME;
      return target ? NextResponse.redirect(url) : NextResponse.rewrite(url);
    }
    const headers = new Headers(req.headers);
    if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
    const res = NextResponse.next({ request: { headers } });
    res.headers.set("x-request-id", headers.get("x-request-id")!);
    return res;
  },
  {
    pages: { signIn: "/signin" },
    // "/" is open to everyone (it only redirects or shows the public page).
    callbacks: { authorized: ({ req, token }) => req.nextUrl.pathname === "/" || Boolean(token) },
  },
);

export const config = {
  matcher: [
    "/",
    "/dashboard/:path*",
    "/tasks/:path*",
    "/notifications/:path*",
    "/account/:path*",
    "/board/:path*",
    "/partners/:path*",
    "/reviews/:path*",
    "/agreements/:path*",
    "/feedback/:path*",
    "/settings/:path*",
    "/admin/:path*",
    "/portal/:path*",
  ],
};

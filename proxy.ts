import { withAuth } from "next-auth/middleware";
import { NextResponse } from "next/server";

// First line of defence only: every page loader and server action checks the
// session and role again on the server (lib/auth/session.ts).
export default withAuth(
  function proxy(req) {
    const headers = new Headers(req.headers);
    if (!headers.get("x-request-id")) headers.set("x-request-id", crypto.randomUUID());
    const res = NextResponse.next({ request: { headers } });
    res.headers.set("x-request-id", headers.get("x-request-id")!);
    return res;
  },
  { pages: { signIn: "/signin" } },
);

export const config = {
  matcher: ["/board/:path*", "/partners/:path*", "/reviews/:path*", "/agreements/:path*", "/feedback/:path*", "/settings/:path*", "/admin/:path*", "/portal/:path*"],
};

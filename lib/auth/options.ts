import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/server/client-ip";
import { magicLinkMail } from "@/lib/server/mail/templates";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { allowLinkMail } from "@/lib/server/rate-limit";
import { clearSignInFailures, recordSignInFailure, signInKeys, signInWaitMs } from "@/lib/server/sign-in-throttle";
import { endSessions } from "@/lib/server/users/sessions";
import { safeCallbackUrl } from "./callback-url";
import { magicLinkAdapter } from "./magic-link-adapter";
import { checkPassword } from "./password";

/** next-auth hands `authorize` the request headers as a plain object. */
const headerReader = (headers: Record<string, unknown> | undefined) => ({
  get: (name: string) => (headers?.[name] == null ? null : String(headers[name])),
});

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  jwt: { maxAge: env().SESSION_MAX_AGE_HOURS * 3600 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-mail", error: "/signin" },
  adapter: magicLinkAdapter,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email?.trim().toLowerCase() ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password || email.length > 254 || password.length > 200) return null;
        const keys = signInKeys(email, clientIp(headerReader(req?.headers), env().TRUST_PROXY));
        // Thrown messages reach the client as `error`; the form maps this one to a clear text.
        if ((await signInWaitMs(keys)) > 0) throw new Error("RATE_LIMITED");
        const user = await prisma.user.findUnique({ where: { email } });
        // One bcrypt compare whether or not the account exists (a dummy hash otherwise): same timing.
        if (!user || !(await checkPassword(user, password))) {
          await recordSignInFailure(keys);
          return null;
        }
        await Promise.all([clearSignInFailures(keys), prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })]);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    EmailProvider({
      from: env().MAIL_FROM,
      maxAge: 15 * 60,
      // Only active accounts get a link, at most 3 an hour (like resets); the page says the same either way.
      async sendVerificationRequest({ identifier, url }) {
        const email = identifier.toLowerCase();
        if (!(await allowLinkMail("magic", email))) return;
        const user = await prisma.user.findUnique({ where: { email } });
        if (!user?.active) return;
        // next-auth stored the token through the adapter just before: the newest MAGIC token of this address.
        const token = await prisma.authToken.findFirst({ where: { kind: "MAGIC", email }, orderBy: { createdAt: "desc" }, select: { id: true } });
        await enqueueMail(prisma, { to: user.email, ...magicLinkMail(url), link: { url, kind: "MAGIC", tokenId: token?.id ?? null } });
      },
    }),
  ],
  callbacks: {
    // Where next-auth sends the browser after a magic link or sign-out: our own origin only.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // The session generation at sign-in; a later endSessions() makes this token invalid.
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true, roles: true } });
        token.sv = row?.sessionVersion ?? 0;
        // Only for where "/" leads (proxy.ts); every page and action re-reads the roles.
        token.home = row?.roles.some((r) => r === "COORDINATOR" || r === "ADMIN") ? "/dashboard" : "/portal";
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) Object.assign(session.user, { id: token.sub, sv: token.sv });
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account, not only this cookie (a copied cookie stops working).
    async signOut({ token }) {
      if (token?.sub) await endSessions(prisma, token.sub);
    },
  },
};

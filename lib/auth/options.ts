import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { magicLinkMail } from "@/lib/server/mail/templates";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { hitRateLimit, rateLimitCount, resetRateLimit, SIGN_IN_LIMIT } from "@/lib/server/rate-limit";
import { magicLinkAdapter } from "./magic-link-adapter";
import { verifyPassword } from "./password";

function clientIp(headers: Record<string, unknown> | undefined) {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "").split(",")[0].trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "unknown");
}

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
        const keys = [`signin:account:${email}`, `signin:ip:${clientIp(req?.headers)}`];
        const counts = await Promise.all(keys.map(rateLimitCount));
        // Thrown messages reach the client as `error`; the form maps this one to a clear text.
        if (counts[0] >= SIGN_IN_LIMIT.failures || counts[1] >= SIGN_IN_LIMIT.ipFailures) throw new Error("RATE_LIMITED");
        const user = await prisma.user.findUnique({ where: { email } });
        const ok = Boolean(user?.active && user.passwordHash && (await verifyPassword(password, user.passwordHash)));
        if (!ok || !user) {
          await Promise.all(keys.map((k) => hitRateLimit(k, SIGN_IN_LIMIT.windowMs)));
          return null;
        }
        await Promise.all([resetRateLimit(keys[0]), prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } })]);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
    EmailProvider({
      from: env().MAIL_FROM,
      maxAge: 15 * 60,
      // Only active accounts get a link; the page says the same either way (no account probing).
      async sendVerificationRequest({ identifier, url }) {
        const user = await prisma.user.findUnique({ where: { email: identifier.toLowerCase() } });
        if (!user?.active) return;
        // next-auth stored the token through the adapter already: no shared transaction here.
        await enqueueMail(prisma, { to: user.email, ...magicLinkMail(url) });
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};

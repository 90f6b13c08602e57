import Link from "next/link";
import { AuthCard } from "@/components/layout/auth-card";
import { MagicLinkForm } from "@/components/layout/magic-link-form";
import { SignInForm } from "@/components/layout/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/server";

export const metadata = { title: "Anmelden" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; ended?: string }> }) {
  const { t } = await getT();
  const { callbackUrl, error, ended } = await searchParams;
  // Only same-origin paths are allowed as targets after sign-in (no open redirect).
  const target = safeCallbackUrl(callbackUrl, env().NEXTAUTH_URL ?? "http://localhost:3000");
  return (
    <AuthCard title={t("auth.signInTitle")} intro={t("auth.signInIntro")}>
      {ended === "1" && (
        <p role="status" className="mt-4 rounded-md bg-brand-50 p-2 text-sm text-brand-800">
          {t("auth.sessionsEnded")}
        </p>
      )}
      <SignInForm callbackUrl={target} initialError={error === "CredentialsSignin" || error === "forbidden" ? error : error ? "link" : null} />
      <p className="mt-3 text-right text-sm"><Link className="text-brand-700 hover:underline" href="/forgot-password">{t("auth.forgotPassword")}</Link></p>
      <div className="mt-5 border-t border-slate-100 pt-4">
        <h2 className="text-sm font-semibold">{t("auth.magicTitle")}</h2>
        <p className="mt-1 text-xs text-slate-600">{t("auth.magicIntro")}</p>
        <MagicLinkForm callbackUrl={target} />
      </div>
    </AuthCard>
  );
}

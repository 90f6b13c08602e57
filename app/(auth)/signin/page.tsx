import { getT } from "@/lib/i18n/server";
import { SignInForm } from "@/components/layout/sign-in-form";

export const metadata = { title: "Anmelden" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { t } = await getT();
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths are allowed as targets after sign-in.
  const target = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("app.alliance")}</p>
        <h1 className="mt-1 text-xl font-semibold">{t("auth.signInTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("auth.signInIntro")}</p>
        <SignInForm callbackUrl={target} initialError={Boolean(error)} />
      </div>
    </main>
  );
}

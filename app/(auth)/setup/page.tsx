import { SetupForm } from "@/components/layout/setup-form";
import { getT } from "@/lib/i18n/server";
import { isSetupTokenValid } from "@/lib/server/users/setup-admin";

export const metadata = { title: "Einrichtung" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { t } = await getT();
  const { token = "" } = await searchParams;
  const valid = token.length <= 200 && (await isSetupTokenValid(token));
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{t("auth.setupTitle")}</h1>
        {valid ? (
          <>
            <p className="mt-1 text-sm text-slate-600">{t("auth.setupIntro")}</p>
            <SetupForm token={token} />
          </>
        ) : (
          <p role="alert" className="mt-3 text-sm text-red-800">{t("auth.setupInvalid")}</p>
        )}
      </div>
    </main>
  );
}

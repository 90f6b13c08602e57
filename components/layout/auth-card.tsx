import { getT } from "@/lib/i18n/server";

export async function AuthCard({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  const { t } = await getT();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("app.alliance")}</p>
        <h1 className="mt-1 text-xl font-semibold">{title}</h1>
        {intro && <p className="mt-1 text-sm text-slate-600">{intro}</p>}
        {children}
      </div>
    </main>
  );
}

import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold">{t("app.notFound")}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t("app.backHome")}</Link>
    </main>
  );
}

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getT } from "@/lib/i18n/server";
import type { TPartnerListQuery } from "@/lib/validations/partner";
import { listHref } from "./list-url";

export async function Pagination({ query, pages }: { query: TPartnerListQuery; pages: number }) {
  const { t } = await getT();
  if (pages <= 1) return null;
  const page = Math.min(query.page, pages);
  return (
    <nav aria-label={t("common.pageOf", { page, pages })} className="flex items-center justify-between text-sm">
      <span className="text-slate-600">{t("common.pageOf", { page, pages })}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary", "sm")} href={listHref("/partners", query, { page: page - 1 })} rel="prev">
            {t("common.previous")}
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={buttonClass("secondary", "sm")} href={listHref("/partners", query, { page: page + 1 })} rel="next">
            {t("common.next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

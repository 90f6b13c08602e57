import { Board } from "@/components/board/board";
import { BoardFilters } from "@/components/board/board-filters";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { fieldOptions } from "@/lib/server/fields-of-work/queries";
import { getBoard } from "@/lib/server/board/get-board";
import { listCoordinators } from "@/lib/server/users/list-coordinators";
import { parseBoardFilters } from "@/lib/validations/board";
import { defaultOwnerFilter } from "@/lib/server/owners/default-owner-filter";

export const metadata = { title: "Pipeline" };

export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoordinatorPage();
  const params = await searchParams;
  const filters = parseBoardFilters(params);
  filters.owner = await defaultOwnerFilter(actor.id, params, filters.owner);
  const { t, locale } = await getT();
  const [columns, owners, fields] = await Promise.all([getBoard(filters), listCoordinators(), fieldOptions(locale, { all: true })]);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("board.title")}</h1>
      <BoardFilters filters={filters} owners={owners} fields={fields} meId={actor.id} />
      <Board initial={columns} filters={filters} owners={owners} />
    </div>
  );
}

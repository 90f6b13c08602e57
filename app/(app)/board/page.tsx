import { Board } from "@/components/board/board";
import { BoardFilters } from "@/components/board/board-filters";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
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
  const [{ t }, columns, owners] = await Promise.all([getT(), getBoard(filters), listCoordinators()]);
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("board.title")}</h1>
      <BoardFilters filters={filters} owners={owners} meId={actor.id} />
      <Board initial={columns} filters={filters} owners={owners} />
    </div>
  );
}

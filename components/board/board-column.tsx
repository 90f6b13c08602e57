"use client";
import { useDroppable } from "@dnd-kit/core";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TStage } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import type { TBoardCard, TBoardColumn } from "@/lib/server/board/get-board";
import { BoardCard, type TOwnerOption } from "./board-card";

type TProps = {
  column: TBoardColumn;
  onMove: (card: TBoardCard, to: TStage) => void;
  owners: TOwnerOption[];
  onSetOwner: (card: TBoardCard, ownerId: string) => void;
  onLoadMore: (stage: TStage) => void;
  loadingMore: boolean;
  busy: boolean;
};

export function BoardColumnView({ column, onMove, owners, onSetOwner, onLoadMore, loadingMore, busy }: TProps) {
  const { t } = useT();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `col-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid={`column-${column.stage}`}
      className={cn("flex min-h-64 flex-col rounded-lg border bg-slate-100/70 p-2", isOver ? "border-brand-600 bg-brand-50" : "border-transparent")}
    >
      <h2 id={headingId} className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-slate-700">
        {t(`stages.${column.stage}`)}
        <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-600" data-testid="column-count">
          {column.count}
        </span>
      </h2>
      {column.cards.length === 0 ? (
        <p className="px-1 py-4 text-center text-xs text-slate-500">{t("board.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {column.cards.map((card) => (
            <BoardCard key={card.id} card={card} onMove={onMove} owners={owners} onSetOwner={onSetOwner} disabled={busy} />
          ))}
        </ul>
      )}
      {column.cards.length < column.count && (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => onLoadMore(column.stage)} disabled={loadingMore}>
          {loadingMore ? t("app.loading") : t("board.loadMore")} ({column.count - column.cards.length})
        </Button>
      )}
    </section>
  );
}

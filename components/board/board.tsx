"use client";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { stageIndex } from "@/lib/domain/stage-rules";
import type { TStage } from "@/lib/domain/fields-of-work";
import { loadColumnAction } from "@/lib/actions/board/load-column";
import { moveStageAction } from "@/lib/actions/board/move-stage";
import { useT } from "@/lib/i18n/client";
import type { TBoardCard, TBoardColumn } from "@/lib/server/board/get-board";
import { setOwnerAction } from "@/lib/actions/partners/set-owner";
import type { TOwnerOption } from "./board-card";
import type { TBoardFilters } from "@/lib/validations/board";
import { BoardColumnView } from "./board-column";
import { MoveBackDialog } from "./move-back-dialog";
import { columnKeyboardCoordinates } from "./keyboard-coordinates";

type TNotice = { tone: "ok" | "error" | "stale"; text: string } | null;

function moveLocally(columns: TBoardColumn[], card: TBoardCard, to: TStage): TBoardColumn[] {
  return columns.map((col) => {
    if (col.stage === card.stage) return { ...col, count: col.count - 1, cards: col.cards.filter((c) => c.id !== card.id) };
    if (col.stage === to) return { ...col, count: col.count + 1, cards: [{ ...card, stage: to, daysInStage: 0, blockers: [] }, ...col.cards] };
    return col;
  });
}

export function Board({ initial, filters, owners }: { initial: TBoardColumn[]; filters: TBoardFilters; owners: TOwnerOption[] }) {
  const { t } = useT();
  const router = useRouter();
  // Server data is the truth; local state holds optimistic moves until the next refresh.
  const [base, setBase] = useState(initial);
  const [columns, setColumns] = useState(initial);
  if (base !== initial) {
    setBase(initial);
    setColumns(initial);
  }
  const [notice, setNotice] = useState<TNotice>(null);
  const [busy, setBusy] = useState(false);
  const [loadingMore, setLoadingMore] = useState<TStage | null>(null);
  const [backMove, setBackMove] = useState<{ card: TBoardCard; to: TStage } | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const cardById = (id: string | number) => columns.flatMap((c) => c.cards).find((c) => c.id === id);
  const stageLabel = (id: string | number | undefined) => (id ? t(`stages.${id}`) : "");

  async function commitMove(card: TBoardCard, to: TStage, reason?: string) {
    const snapshot = columns;
    setColumns(moveLocally(columns, card, to));
    setBusy(true);
    // ZMoveStage.reason is optionalText (a string, "" = none): undefined would be refused as VALIDATION.
    const result = await moveStageAction({ id: card.id, version: card.version, to, reason: reason ?? "" });
    setBusy(false);
    if (result.ok) {
      // Keep the new version on the card, so a second move before the refresh is not a false conflict.
      const { version } = result.data;
      setColumns((cols) => cols.map((col) => ({ ...col, cards: col.cards.map((c) => (c.id === card.id ? { ...c, version } : c)) })));
      setNotice({ tone: "ok", text: t("board.moved", { name: card.name, stage: t(`stages.${to}`) }) });
      router.refresh();
      return;
    }
    setColumns(snapshot);
    if (result.code === "CONFLICT") return setNotice({ tone: "stale", text: t("board.stale") });
    const blockers = (result.details?.blockers as string[] | undefined) ?? [];
    const reasonKey = result.details?.reason as string | undefined;
    const reasons = blockers.length
      ? blockers.map((b) => t(`board.blockers.${b}`)).join(", ")
      : reasonKey && reasonKey !== "blocked"
        ? t(`board.moveErrors.${reasonKey}`)
        : t(`errors.${result.code}`);
    setNotice({ tone: "error", text: t("board.moveRefused", { name: card.name, stage: t(`stages.${to}`), reasons }) });
  }

  function requestMove(card: TBoardCard, to: TStage) {
    if (to === card.stage) return;
    setNotice(null);
    if (stageIndex(to) < stageIndex(card.stage)) setBackMove({ card, to });
    else void commitMove(card, to);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const card = cardById(active.id);
    if (card && over && over.id !== card.stage) requestMove(card, over.id as TStage);
  }

  async function setOwner(card: TBoardCard, ownerId: string) {
    setNotice(null);
    setBusy(true);
    const result = await setOwnerAction({ id: card.id, version: card.version, ownerId });
    setBusy(false);
    if (result.ok) {
      setNotice({ tone: "ok", text: `${card.name}: ${t("owners.saved")}` });
      return router.refresh();
    }
    if (result.code === "CONFLICT") return setNotice({ tone: "stale", text: t("board.stale") });
    setNotice({ tone: "error", text: t(`errors.${result.code}`) });
  }

  async function loadMore(stage: TStage) {
    const column = columns.find((c) => c.stage === stage)!;
    setLoadingMore(stage);
    const result = await loadColumnAction({ filters, stage, offset: column.cards.length });
    setLoadingMore(null);
    if (!result.ok) return setNotice({ tone: "error", text: t(`errors.${result.code}`) });
    const known = new Set(column.cards.map((c) => c.id));
    setColumns((cols) => cols.map((c) => (c.stage === stage ? { ...c, cards: [...c.cards, ...result.data.filter((x) => !known.has(x.id))] } : c)));
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("board.dnd.pickedUp", { name: cardById(active.id)?.name ?? "", stage: stageLabel(cardById(active.id)?.stage) }),
    onDragOver: ({ active, over }) => (over ? t("board.dnd.over", { name: cardById(active.id)?.name ?? "", stage: stageLabel(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t("board.dnd.dropped", { name: cardById(active.id)?.name ?? "", stage: stageLabel(over.id) }) : undefined),
    onDragCancel: ({ active }) => t("board.dnd.cancelled", { name: cardById(active.id)?.name ?? "" }),
  };

  return (
    <div>
      <p id="board-dnd-instructions" className="sr-only">{t("board.dnd.instructions")}</p>
      <div role="status" aria-live="polite" className="min-h-10" data-testid="board-notice">
        {notice && (
          <div className={notice.tone === "ok" ? "rounded-md bg-brand-50 p-2 text-sm text-brand-800" : "flex items-center gap-3 rounded-md bg-red-50 p-2 text-sm text-red-800"}>
            <span>{notice.text}</span>
            {notice.tone === "stale" && (
              <Button size="sm" variant="secondary" onClick={() => { setNotice(null); router.refresh(); }}>
                {t("board.refresh")}
              </Button>
            )}
          </div>
        )}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={rectIntersection}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.dnd.instructions") } }}
      >
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
          {columns.map((column) => (
            <BoardColumnView key={column.stage} column={column} onMove={requestMove} owners={owners} onSetOwner={setOwner} onLoadMore={loadMore} loadingMore={loadingMore === column.stage} busy={busy} />
          ))}
        </div>
      </DndContext>
      <MoveBackDialog
        move={backMove}
        onCancel={() => setBackMove(null)}
        onConfirm={(reason) => {
          const move = backMove!;
          setBackMove(null);
          void commitMove(move.card, move.to, reason);
        }}
      />
    </div>
  );
}

"use client";
import { useDraggable } from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { STAGES, type TStage } from "@/lib/domain/fields-of-work";
import { useT } from "@/lib/i18n/client";
import type { TBoardCard } from "@/lib/server/board/get-board";

export type TOwnerOption = { id: string; name: string };
type TCardProps = { card: TBoardCard; onMove: (card: TBoardCard, to: TStage) => void; owners: TOwnerOption[]; onSetOwner: (card: TBoardCard, ownerId: string) => void; disabled: boolean };

const dueDay = (day: string, locale: string) => {
  const [y, m, d] = day.split("-");
  return locale === "de" ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};

export function BoardCard({ card, onMove, owners, onSetOwner, disabled }: TCardProps) {
  const { t, locale } = useT();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, data: card, disabled: disabled || card.archived });
  const days =
    card.daysInStage === 0 ? t("board.daysInStageZero") : card.daysInStage === 1 ? t("board.daysInStageOne") : t("board.daysInStage", { days: card.daysInStage });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      className={cn(
        "rounded-md border bg-white p-3 text-sm shadow-xs",
        isDragging ? "z-20 border-brand-600 shadow-lg" : "border-slate-200",
        card.archived && "opacity-60",
      )}
      data-testid="board-card"
      data-partner-id={card.id}
      data-stage={card.stage}
    >
      <div className="flex items-start justify-between gap-2">
        <button
          type="button"
          className="-m-1 flex-1 cursor-grab rounded p-1 text-left font-medium active:cursor-grabbing"
          {...attributes}
          {...listeners}
          aria-roledescription={t("board.dragHandle")}
          aria-describedby="board-dnd-instructions"
        >
          {card.name}
        </button>
        <MoveMenu card={card} onMove={onMove} owners={owners} onSetOwner={onSetOwner} disabled={disabled || card.archived} />
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-1.5">
        <Badge tone={card.circle === "CORE" ? "brand" : "neutral"}>{t(`circles.${card.circle}`)}</Badge>
        {card.archived && <Badge tone="red">{t("partners.archivedBadge")}</Badge>}
        <span className="text-xs text-slate-500">{days}</span>
      </div>
      <p className="mt-1 text-xs text-slate-600">{card.primaryContact ?? t("board.noContact")}</p>
      <p className="mt-1 text-xs text-slate-600">{t("owners.label")}: {card.ownerName ?? t("owners.none")}</p>
      {card.nextTask && (
        <p className={cn("mt-1 text-xs", card.nextTask.overdue ? "rounded bg-red-50 px-1 font-semibold text-red-800" : "text-slate-600")} data-testid="next-task">
          {t("tasks.nextStep")}: {card.nextTask.kind === "MANUAL" ? card.nextTask.title : t(`tasks.auto.${card.nextTask.kind}`)} ·{" "}
          {card.nextTask.dueTime
            ? t("tasks.dueAt", { date: dueDay(card.nextTask.dueDate, locale), time: card.nextTask.dueTime })
            : t("tasks.due", { date: dueDay(card.nextTask.dueDate, locale) })}
          {card.nextTask.overdue && ` · ${t("tasks.overdue")}`}
        </p>
      )}
      {card.noNextStep && (
        <p className="mt-1"><Badge tone="amber">{t("tasks.noNextStep")}</Badge></p>
      )}
      {card.nextStage && !card.archived && (
        card.blockers.length ? (
          <div className="mt-2 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="blockers">
            {t("board.blockedBy", { stage: t(`stages.${card.nextStage}`) })}{" "}
            {card.blockers.map((b) => t(`board.blockers.${b}`)).join(", ")}
          </div>
        ) : (
          <p className="mt-2 text-xs text-brand-700">{t("board.readyForNext", { stage: t(`stages.${card.nextStage}`) })}</p>
        )
      )}
      <div className="mt-2 flex flex-wrap gap-x-3">
        <Link href={`/partners/${card.id}`} className="text-xs text-brand-700 hover:underline">
          {t("board.openPartner")}
        </Link>
        {!card.archived && (
          <Link href={`/partners/${card.id}?task=new#tasks`} className="text-xs text-brand-700 hover:underline" aria-label={t("tasks.addFromCard", { name: card.name })}>
            {t("tasks.new")}
          </Link>
        )}
      </div>
    </li>
  );
}

function MoveMenu({ card, onMove, owners, onSetOwner, disabled }: Omit<TCardProps, "disabled"> & { disabled: boolean }) {
  const { t } = useT();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        disabled={disabled}
        className="rounded px-1.5 py-0.5 text-slate-500 hover:bg-slate-100 disabled:opacity-40"
        aria-label={t("board.moveMenu", { name: card.name })}
      >
        ⋯
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" className="z-30 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1 text-xs text-slate-500">{t("board.moveTo")}</DropdownMenu.Label>
          {STAGES.filter((s) => s !== card.stage).map((s) => (
            <DropdownMenu.Item
              key={s}
              onSelect={() => onMove(card, s)}
              className="cursor-default rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100"
            >
              {t(`stages.${s}`)}
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Label className="px-2 py-1 text-xs text-slate-500">{t("owners.menu")}</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={card.ownerId ?? ""} onValueChange={(v) => onSetOwner(card, v)}>
            {[{ id: "", name: t("owners.none") }, ...owners].map((o) => (
              <DropdownMenu.RadioItem
                key={o.id || "none"}
                value={o.id}
                className="flex cursor-default items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100"
              >
                <span aria-hidden className="w-3">{(card.ownerId ?? "") === o.id ? "✓" : ""}</span>
                {o.name}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

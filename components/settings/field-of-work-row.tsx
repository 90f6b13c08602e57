"use client";
import { useState } from "react";
import { useActionRunner } from "@/components/agreements/use-action-runner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { updateFieldOfWorkAction } from "@/lib/actions/settings/fields-of-work";
import { useT } from "@/lib/i18n/client";
import { ZFieldOfWorkUpdate } from "@/lib/validations/field-of-work";

type TField = { id: string; labelDe: string; labelEn: string; sortOrder: number; active: boolean; version: number; partners: number };

/** One field of work: rename and reorder inline, deactivate or activate again. The id never changes. */
export function FieldOfWorkRow({ field }: { field: TField }) {
  const { t } = useT();
  const { run, pending, message } = useActionRunner();
  const [labelDe, setLabelDe] = useState(field.labelDe);
  const [labelEn, setLabelEn] = useState(field.labelEn);
  const [sortOrder, setSortOrder] = useState(String(field.sortOrder));
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const save = (active: boolean) => {
    const input = { id: field.id, version: field.version, labelDe, labelEn, sortOrder: Number(sortOrder), active };
    const parsed = ZFieldOfWorkUpdate.safeParse(input);
    if (!parsed.success) {
      setInvalid(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setInvalid({});
    void run(() => updateFieldOfWorkAction(parsed.data), () => t("settings.fieldsOfWork.saved"));
  };
  const label = (name: string) => `${t(`settings.fieldsOfWork.${name}`)}: ${field.id}`;
  return (
    <tr data-testid={`field-${field.id}`} className={field.active ? undefined : "text-slate-500"}>
      <td className="py-2 pr-2 font-mono text-xs">{field.id}</td>
      <td className="py-2 pr-2">
        <Input aria-label={label("labelDe")} aria-invalid={invalid.labelDe ? true : undefined} value={labelDe} onChange={(e) => setLabelDe(e.target.value)} />
      </td>
      <td className="py-2 pr-2">
        <Input aria-label={label("labelEn")} aria-invalid={invalid.labelEn ? true : undefined} value={labelEn} onChange={(e) => setLabelEn(e.target.value)} />
      </td>
      <td className="w-24 py-2 pr-2">
        <Input aria-label={label("sortOrder")} aria-invalid={invalid.sortOrder ? true : undefined} type="number" min={0} value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} />
      </td>
      <td className="py-2 pr-2 tabular-nums">{field.partners}</td>
      <td className="py-2 pr-2">
        <Badge tone={field.active ? "brand" : "neutral"}>{t(field.active ? "settings.fieldsOfWork.statusActive" : "settings.fieldsOfWork.statusInactive")}</Badge>
      </td>
      <td className="py-2">
        <div className="flex flex-wrap gap-1">
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => save(field.active)}>{t("settings.fieldsOfWork.save")}</Button>
          <Button size="sm" variant="ghost" disabled={pending} onClick={() => save(!field.active)}>
            {t(field.active ? "settings.fieldsOfWork.deactivate" : "settings.fieldsOfWork.activate")}
          </Button>
        </div>
        {(message || Object.keys(invalid).length > 0) && (
          <p role={message?.tone === "ok" ? "status" : "alert"} className={message?.tone === "ok" ? "mt-1 text-xs text-brand-700" : "mt-1 text-xs text-red-700"}>
            {message ? message.text : t(Object.values(invalid)[0])}
          </p>
        )}
      </td>
    </tr>
  );
}

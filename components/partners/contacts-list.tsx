"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { TErrorCode } from "@/lib/errors";
import { useT } from "@/lib/i18n/client";
import { ContactDialog, type TContactActions } from "./contact-dialog";

export type TContactRow = {
  id: string;
  name: string;
  function: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
  publicConsent: boolean;
  version: number;
};

type TProps = { partnerId: string; contacts: TContactRow[]; readOnly: boolean; actions: TContactActions; extra?: (c: TContactRow) => React.ReactNode };

export function ContactsList({ partnerId, contacts, readOnly, actions, extra }: TProps) {
  const { t } = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ code: TErrorCode; message?: string } | null>(null);
  return (
    <div className="space-y-3">
      <FormError code={error?.code} message={error?.message} />
      {contacts.length === 0 && <p className="text-sm text-slate-600">{t("contacts.empty")}</p>}
      <ul className="divide-y divide-slate-100" data-testid="contacts">
        {contacts.map((c) => (
          <li key={c.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div className="text-sm">
              <p className="font-medium">
                {c.name} {c.isPrimary && <Badge tone="brand">{t("contacts.primaryBadge")}</Badge>}{" "}
                {c.publicConsent && <Badge>{t("contacts.publicBadge")}</Badge>}
              </p>
              {c.function && <p className="text-slate-600">{c.function}</p>}
              <p className="text-slate-600">
                {c.email && <a className="hover:underline" href={`mailto:${c.email}`}>{c.email}</a>}
                {c.email && c.phone && " · "}
                {c.phone}
              </p>
            </div>
            {!readOnly && (
              <div className="flex gap-1">
                {extra?.(c)}
                {!c.isPrimary && actions.setPrimary && (
                  <Button size="sm" variant="ghost" disabled={pending}
                    onClick={() => startTransition(async () => {
                      const result = await actions.setPrimary!({ partnerId, contactId: c.id });
                      setError(result.ok ? null : { code: result.code, message: result.message });
                      router.refresh();
                    })}>
                    {t("contacts.makePrimary")}
                  </Button>
                )}
                <ContactDialog
                  partnerId={partnerId}
                  actions={actions}
                  existing={{ ...c, partnerId, function: c.function ?? "", email: c.email ?? "", phone: c.phone ?? "" }}
                  trigger={(open) => <Button size="sm" variant="secondary" onClick={open} aria-label={`${t("common.edit")}: ${c.name}`}>{t("common.edit")}</Button>}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <ContactDialog partnerId={partnerId} actions={actions} trigger={(open) => <Button size="sm" variant="secondary" onClick={open}>{t("contacts.add")}</Button>} />
      )}
    </div>
  );
}

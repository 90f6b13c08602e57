"use client";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

export function SignOutButton() {
  const { t } = useT();
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: "/signin" })}>
      {t("app.nav.signOut")}
    </Button>
  );
}

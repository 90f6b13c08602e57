"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** Signs out through next-auth's endpoints directly (keeps next-auth's client bundle off every page). */
export function SignOutButton() {
  const { t } = useT();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
    });
    // A full page load drops every cached page of the signed-in user.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/signin");
  }
  return (
    <Button variant="ghost" size="sm" onClick={signOut} disabled={pending}>
      {t("app.nav.signOut")}
    </Button>
  );
}

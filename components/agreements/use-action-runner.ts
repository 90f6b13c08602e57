"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TActionResult } from "@/lib/actions/safe-action";
import { useT } from "@/lib/i18n/client";

/** Runs a server action, refreshes on success, and turns a refusal into one message. */
export function useActionRunner() {
  const { t } = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  async function run<R>(fn: () => Promise<TActionResult<R>>, okText?: (data: R) => string) {
    setPending(true);
    setMessage(null);
    const result = await fn();
    setPending(false);
    if (result.ok) {
      if (okText) setMessage({ tone: "ok", text: okText(result.data) });
      router.refresh();
      return result;
    }
    const reason = result.details?.reason as string | undefined;
    const field = Object.values(result.fieldErrors ?? {})[0];
    const text = result.message ? t(result.message) : reason ? t(`agreements.errors.${reason}`) : field ? t(field) : t(`errors.${result.code}`);
    setMessage({ tone: "error", text });
    return result;
  }
  return { run, pending, message };
}

import { Badge } from "@/components/ui/badge";
import type { MailStatus } from "@/lib/generated/prisma/enums";

export const MAIL_TONE = { QUEUED: "blue", SENT: "brand", STORED: "neutral", FAILED: "red" } as const satisfies Record<MailStatus, string>;

export function MailStatusBadge({ status, label }: { status: MailStatus; label: string }) {
  return (
    <Badge tone={MAIL_TONE[status]} className="whitespace-nowrap">
      <span data-testid="mail-status" data-status={status}>
        {label}
      </span>
    </Badge>
  );
}

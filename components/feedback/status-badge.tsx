import { Badge } from "@/components/ui/badge";

export const FEEDBACK_TONE = { OPEN: "amber", IN_PROGRESS: "blue", RESOLVED: "brand" } as const;

export function FeedbackStatusBadge({ status, label }: { status: keyof typeof FEEDBACK_TONE; label: string }) {
  return (
    <Badge tone={FEEDBACK_TONE[status]} className="whitespace-nowrap">
      <span data-testid="feedback-status" data-status={status}>{label}</span>
    </Badge>
  );
}

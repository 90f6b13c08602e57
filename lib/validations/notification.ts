import { z } from "zod";
import { ZId } from "./common";

export const NOTIFY_MODES = ["IMMEDIATE", "DIGEST", "OFF"] as const;

export const ZMarkRead = z.object({ id: ZId });
export const ZMarkAllRead = z.object({});

/** The own e-mail setting: immediately, a daily digest at a chosen hour (Europe/Berlin), or off. */
export const ZNotifySettings = z.object({
  notifyEmail: z.enum(NOTIFY_MODES, { error: "validation.invalidOption" }),
  digestHour: z.coerce.number({ error: "validation.invalid" }).int("validation.invalid").min(0, "validation.invalid").max(23, "validation.invalid"),
});
export type TNotifySettingsInput = z.input<typeof ZNotifySettings>;
export type TNotifySettings = z.output<typeof ZNotifySettings>;

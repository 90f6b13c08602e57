import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requiredText } from "./common";

// The strength check (zxcvbn) runs in the domain function: assertStrongPassword().
export const ZPassword = z.string({ error: "validation.required" }).min(MIN_PASSWORD_LENGTH, "validation.passwordTooShort").max(200, "validation.tooLong");

export const ZSetupAdmin = z
  .object({
    token: z.string().min(10, "validation.invalid").max(200),
    name: requiredText(120),
    email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")),
    password: ZPassword,
    passwordRepeat: z.string(),
  })
  .refine((v) => v.password === v.passwordRepeat, { message: "validation.passwordMismatch", path: ["passwordRepeat"] });
export type TSetupAdmin = z.infer<typeof ZSetupAdmin>;

export const ZInviteUser = z.object({
  email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")),
  kind: z.enum(["COORDINATOR", "PARTNER"]),
  partnerId: z.string().max(64).optional(),
  admin: z.boolean().default(false),
});
export type TInviteUser = z.input<typeof ZInviteUser>;

export const ZAcceptInvite = z
  .object({ token: z.string().min(10).max(200), name: requiredText(120), password: ZPassword, passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { message: "validation.passwordMismatch", path: ["passwordRepeat"] });
export type TAcceptInvite = z.infer<typeof ZAcceptInvite>;

export const ZRequestReset = z.object({ email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")) });

export const ZResetPassword = z
  .object({ token: z.string().min(10).max(200), password: ZPassword, passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { message: "validation.passwordMismatch", path: ["passwordRepeat"] });
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZSetUserActive = z.object({ userId: z.string().min(1).max(64), active: z.boolean() });
export const ZSetUserRoles = z.object({
  userId: z.string().min(1).max(64),
  roles: z.array(z.enum(["ADMIN", "COORDINATOR"])).min(1, "validation.rolesRequired"),
});

export const ZChangePassword = z
  .object({ currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"), password: ZPassword, passwordRepeat: z.string() })
  .refine((v) => v.password === v.passwordRepeat, { message: "validation.passwordMismatch", path: ["passwordRepeat"] });
export type TChangePassword = z.infer<typeof ZChangePassword>;

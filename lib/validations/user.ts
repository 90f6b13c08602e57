import { z } from "zod";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password";
import { requiredText } from "./common";

export const ZPassword = z
  .string({ error: "validation.required" })
  .min(MIN_PASSWORD_LENGTH, "validation.passwordTooShort")
  .max(200, "validation.tooLong")
  .refine((p) => passwordProblem(p) !== "passwordCommon", "validation.passwordCommon");

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

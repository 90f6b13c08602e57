import { z } from "zod";
import { ZDueDate } from "./task";

/** The dashboard's period (two Berlin days, "YYYY-MM-DD"); invalid values fall back to the default. */
export const ZDashboardPeriod = z
  .object({ from: ZDueDate, to: ZDueDate })
  .refine((p) => p.from <= p.to, { message: "validation.invalid", path: ["to"] });

import "server-only";
import { prisma } from "@/lib/db";

export function listOutbox({ page = 1, pageSize = 50 } = {}) {
  return prisma.outboxMail.findMany({ orderBy: { createdAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize });
}

import "server-only";
import { prisma } from "@/lib/db";

export function listCoordinators() {
  return prisma.user.findMany({
    where: { active: true, roles: { hasSome: ["COORDINATOR", "ADMIN"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

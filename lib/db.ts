import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrisma(connectionString: string, max = 10) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one PrismaClient of the app process. */
export const prisma: PrismaClient = (globalForPrisma.prisma ??= createPrisma(env().DATABASE_URL, env().DATABASE_POOL_MAX));

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | Tx;

import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase(prisma);
  return NextResponse.json(
    { status: database === "ok" ? "ok" : "degraded", database },
    { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

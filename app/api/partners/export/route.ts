import { NextResponse, type NextRequest } from "next/server";
import { requireCoordinator } from "@/lib/auth/session";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { exportPartnersCsv } from "@/lib/server/partners/export-csv";
import { parseListQuery } from "@/lib/validations/partner";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  try {
    await requireCoordinator();
  } catch (err) {
    const code = err instanceof AppError ? err.code : "INTERNAL";
    return NextResponse.json({ error: code }, { status: HTTP_STATUS[code] });
  }
  const query = parseListQuery(Object.fromEntries(req.nextUrl.searchParams));
  const { t, locale } = await getT();
  const csv = await exportPartnersCsv(query, t, locale);
  const date = new Date().toISOString().slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="partner-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

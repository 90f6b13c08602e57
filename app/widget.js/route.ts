import { widgetScript } from "@/lib/server/public/widget-script";

// The script has no data in it (it fetches the feed), so it is built once per deployment.
export const dynamic = "force-static";

/** The embeddable partner directory widget (see README, "Feed and widget"). */
export function GET() {
  return new Response(widgetScript(), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

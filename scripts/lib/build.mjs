// Builds the production bundle only when sources changed since the last build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, runAsync } from "./database.mjs";

const INPUTS = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = ".next/.source-fingerprint";

function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    if (p.includes(`lib${path.sep}generated`)) return;
    for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e), out);
  } else out.push(`${p}:${st.size}:${st.mtimeMs}`);
}

export function sourceFingerprint() {
  const files = [];
  for (const i of INPUTS) walk(i, files);
  return crypto.createHash("sha256").update(files.join("\n")).digest("hex");
}

export async function buildIfNeeded() {
  const fp = sourceFingerprint();
  if (fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === fp) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the app (next build) …");
  const { code } = await runAsync(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new Error("next build failed");
  fs.writeFileSync(STAMP, fp);
}

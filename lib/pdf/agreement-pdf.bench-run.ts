// `npm run bench:pdf`: agreement PDF generation time, warm (after 20 warm-up
// renders), over 200 renders. Prints p50/p95/p99 and writes bench/pdf.json.
// Runs through vitest (project "bench") because tsx cannot resolve react-pdf's ESM exports.
import fs from "node:fs";
import { it } from "vitest";
import { renderAgreementPdf } from "@/lib/pdf/agreement-pdf";

const data = {
  agreementId: "bench",
  date: new Date(),
  partner: { name: "Volkshochschule Mitte – Fachbereich Grundbildung", street: "Antonstraße 37", postalCode: "13347", city: "Berlin", fieldsOfWork: ["Kurse", "Beratung", "Digitale Grundbildung"], circle: "Kernkreis" },
  primaryContact: { name: "Jana Becker", function: "Fachbereichsleitung", email: "jana.becker@example.org", phone: "030 555 1234" },
  values: { version: 4, text: "Konstruktive Rückmeldungen\nVertrauen\nVerlässlichkeit\nZiel- und Lösungsorientierung\nMut und Kreativität\nFairness und Offenheit" },
  body: "Absatz eins über die Zusammenarbeit.\nAbsatz zwei über Beiträge.\nAbsatz drei über die Koordination.\nAbsatz vier über die Laufzeit.",
};

it("benchmarks agreement PDF generation", { timeout: 300_000 }, async () => {
  for (let i = 0; i < 20; i++) await renderAgreementPdf(data);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    bytes = (await renderAgreementPdf(data)).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => +times[Math.floor(times.length * p)].toFixed(1);
  const result = { renders: times.length, pdfBytes: bytes, p50: q(0.5), p95: q(0.95), p99: q(0.99), targetP95: 150 };
  console.log(`Agreement PDF generation (warm, ${result.renders} renders, ${bytes} bytes): p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms (target p95 ≤ 150 ms)`);
  fs.mkdirSync("bench", { recursive: true });
  fs.writeFileSync("bench/pdf.json", JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2));
});

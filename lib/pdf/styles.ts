import { Font, StyleSheet } from "@react-pdf/renderer";
import { FONT_FILES, PDF_FONT_FAMILY } from "./fonts";

// Every react-pdf document uses the embedded Unicode family (see fonts.ts).
Font.register({ family: PDF_FONT_FAMILY, fonts: [{ src: FONT_FILES.regular }, { src: FONT_FILES.bold, fontWeight: "bold" }] });
// Names and words are never hyphenated (a split "Yıl-dız" would not read back as the name).
Font.registerHyphenationCallback((word) => [word]);

export const ALLIANCE = { name: "Alpha-Bündnis Berlin Mitte", coordination: "Projektkoordination Alpha-Bündnis Berlin Mitte" };

export const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 64, paddingHorizontal: 60, fontFamily: PDF_FONT_FAMILY, fontSize: 10.5, lineHeight: 1.45, color: "#1e293b" },
  brand: { fontSize: 9, color: "#17604f", letterSpacing: 0.5, textTransform: "uppercase" },
  title: { fontSize: 20, fontWeight: "bold", marginTop: 6, marginBottom: 10, lineHeight: 1.2 },
  subtitle: { fontSize: 10, color: "#475569", marginBottom: 18 },
  h2: { fontSize: 12, fontWeight: "bold", marginTop: 16, marginBottom: 6, color: "#124b3e" },
  para: { marginBottom: 6 },
  row: { flexDirection: "row", marginBottom: 3 },
  label: { width: 150, color: "#475569" },
  value: { flex: 1 },
  bullet: { flexDirection: "row", marginBottom: 3 },
  bulletDot: { width: 12 },
  signatures: { flexDirection: "row", marginTop: 36, gap: 30 },
  signatureBox: { flex: 1, borderTopWidth: 1, borderTopColor: "#334155", paddingTop: 6, fontSize: 9, color: "#475569" },
  signatureNote: { marginTop: 12 },
  field: { borderBottomWidth: 1, borderBottomColor: "#94a3b8", height: 20, marginBottom: 8, justifyContent: "flex-end" },
  footerLeft: { position: "absolute", bottom: 40, left: 60, right: 60, fontSize: 8, color: "#64748b", maxLines: 1, textOverflow: "ellipsis" },
  logo: { width: 64, height: 64, objectFit: "contain", marginBottom: 8 },
});

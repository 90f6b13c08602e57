import { Document, Image, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { stampPageNumbers } from "./page-numbers";
import { ALLIANCE, styles } from "./styles";

export type TAgreementPdfData = {
  agreementId: string;
  date: Date;
  partner: { name: string; street: string | null; postalCode: string | null; city: string | null; fieldsOfWork: string[]; circle: string };
  primaryContact: { name: string; function: string | null; email: string | null; phone: string | null } | null;
  values: { version: number; text: string };
  body: string;
  logoPng?: Buffer | null;
};

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const dateDe = (d: Date) => d.toLocaleDateString("de-DE", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Berlin" });

/**
 * One line above the page-number stamp: the agreement number first, a long partner
 * name cut with "…" (it wrapped into the stamp's line and split "Nr." from the number).
 */
function Footer({ label }: { label: string }) {
  return (
    <Text style={styles.footerLeft} fixed>{label}</Text>
  );
}

/** The cooperation agreement as PDF bytes. Pure: data in, bytes out. */
export async function renderAgreementPdf(d: TAgreementPdfData): Promise<Buffer> {
  const address = [d.partner.street, [d.partner.postalCode, d.partner.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const doc = (
    <Document title={`Kooperationsvereinbarung – ${d.partner.name}`} author={ALLIANCE.coordination} subject="Kooperationsvereinbarung" language="de">
      <Page size="A4" style={styles.page}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
        {d.logoPng && <Image src={d.logoPng} style={styles.logo} />}
        <Text style={styles.brand}>{ALLIANCE.name}</Text>
        <Text style={styles.title}>Kooperationsvereinbarung</Text>
        <Text style={styles.subtitle}>zwischen der {ALLIANCE.coordination} und {d.partner.name}</Text>

        <Text style={styles.h2}>Partner</Text>
        <View style={styles.row}><Text style={styles.label}>Name</Text><Text style={styles.value}>{d.partner.name}</Text></View>
        <View style={styles.row}><Text style={styles.label}>Anschrift</Text><Text style={styles.value}>{address || "—"}</Text></View>
        <View style={styles.row}>
          <Text style={styles.label}>Ansprechperson</Text>
          <Text style={styles.value}>
            {d.primaryContact
              ? // One fact per line: a joined line wrapped at a separator and left a stray "·" at a line end.
                [d.primaryContact.name, d.primaryContact.function, d.primaryContact.email, d.primaryContact.phone].filter(Boolean).join("\n")
              : "—"}
          </Text>
        </View>
        <View style={styles.row}><Text style={styles.label}>Arbeitsfelder</Text><Text style={styles.value}>{d.partner.fieldsOfWork.join(", ") || "—"}</Text></View>
        <View style={styles.row}><Text style={styles.label}>Kreis</Text><Text style={styles.value}>{d.partner.circle}</Text></View>

        <Text style={styles.h2}>Vereinbarung</Text>
        {lines(d.body).map((l, i) => <Text key={i} style={styles.para}>{l}</Text>)}

        <Text style={styles.h2}>Werte der Zusammenarbeit (Fassung {d.values.version})</Text>
        {lines(d.values.text).map((l, i) => (
          <View key={i} style={styles.bullet}><Text style={styles.bulletDot}>•</Text><Text style={styles.value}>{l}</Text></View>
        ))}

        <Text style={[styles.para, { marginTop: 16 }]}>Berlin, {dateDe(d.date)}</Text>
        <View style={styles.signatureNote} wrap={false}>
          <Text style={styles.h2}>Unterschriften</Text>
          <Text style={styles.para}>
            Diese Vereinbarung wird elektronisch unterzeichnet: für {d.partner.name} und für die {ALLIANCE.coordination}.
            Wer wann unterschrieben hat, steht im Signaturzertifikat, das der unterzeichneten Fassung als letzte Seite
            beigefügt ist, zusammen mit dem SHA-256-Fingerabdruck genau dieses Dokuments. Eine Unterschrift mit Tinte ist nicht nötig.
          </Text>
        </View>
        <Footer label={`Kooperationsvereinbarung Nr. ${d.agreementId} · ${d.partner.name}`} />
      </Page>
    </Document>
  );
  return stampPageNumbers(await renderToBuffer(doc), " – Unterschriften: siehe Signaturzertifikat");
}

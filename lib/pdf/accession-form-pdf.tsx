import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { stampPageNumbers } from "./page-numbers";
import { ALLIANCE, styles } from "./styles";

export type TAccessionPrefill = {
  organisation?: string;
  contactName?: string;
  contactFunction?: string;
  email?: string;
  phone?: string;
  address?: string;
  fieldsOfWork?: string;
};

const FIELDS: [keyof TAccessionPrefill, string][] = [
  ["organisation", "Organisation (oder Ihr Name als Einzelperson)"],
  ["address", "Anschrift"],
  ["contactName", "Ansprechperson"],
  ["contactFunction", "Funktion"],
  ["email", "E-Mail"],
  ["phone", "Telefon"],
  ["fieldsOfWork", "Arbeitsfelder (Kurse, Beratung, Kontakt zu Betroffenen …)"],
];

/** The accession form: blank for the public page, or pre-filled for a prospect. */
export async function renderAccessionFormPdf(prefill: TAccessionPrefill = {}): Promise<Buffer> {
  const bytes = await renderToBuffer(
    <Document title="Beitrittsformular" author={ALLIANCE.coordination} language="de">
      <Page size="A4" style={styles.page}>
        <Text style={styles.brand}>{ALLIANCE.name}</Text>
        <Text style={styles.title}>Beitrittsformular</Text>
        <Text style={styles.subtitle}>Ja, wir möchten Partner im {ALLIANCE.name} werden.</Text>
        {FIELDS.map(([key, label]) => (
          <View key={key}>
            <Text style={{ fontSize: 9, color: "#475569" }}>{label}</Text>
            <View style={styles.field}><Text>{prefill[key] ?? ""}</Text></View>
          </View>
        ))}
        <Text style={styles.h2}>Kreis</Text>
        <Text style={styles.para}>[   ] Kernkreis (wir gestalten aktiv mit)      [   ] Erweiterter Kreis (wir bleiben informiert)</Text>
        <Text style={styles.para}>Wir sind einverstanden, dass die Projektkoordination unsere Angaben für die Zusammenarbeit im Bündnis speichert.</Text>
        <View style={styles.signatures}>
          <View style={styles.signatureBox}><Text>Ort, Datum</Text></View>
          <View style={styles.signatureBox}><Text>Unterschrift</Text></View>
        </View>
        <Text style={styles.footerLeft} fixed>{ALLIANCE.coordination}</Text>
      </Page>
    </Document>,
  );
  return stampPageNumbers(bytes);
}

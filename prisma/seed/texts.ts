// Starting texts, written for this product. Coordinators edit them in the app
// (every edit of the values creates a new version).
export const VALUES_V1 = `Wir geben einander offene, konstruktive Rückmeldungen und sprechen Probleme früh und sachlich an.
Wir begegnen uns mit Vertrauen und behandeln Vertrauliches vertraulich.
Wir sind verlässlich: Was wir zusagen, halten wir ein.
Wir arbeiten ziel- und lösungsorientiert und messen uns an dem, was bei den Lernenden ankommt.
Wir haben Mut zu neuen Wegen und lassen Kreativität zu.
Wir handeln fair und offen – auch dort, wo sich unsere Angebote überschneiden.`;

export const AGREEMENT_BODY_V1 = `Die Unterzeichnenden vereinbaren, im Alpha-Bündnis Berlin Mitte zusammenzuarbeiten, um die Grundbildung Erwachsener – Lesen, Schreiben, Rechnen und digitale Grundkompetenzen – im Bezirk zu stärken.
Der Partner bringt seine Erfahrung und seine Kontakte in den genannten Arbeitsfeldern ein, nimmt nach Möglichkeit an den Plenumssitzungen teil und benennt eine Ansprechperson.
Die Projektkoordination lädt zu den Plenumssitzungen ein, stellt Informationen und Materialien bereit und macht die Partner auf Wunsch öffentlich sichtbar.
Die Vereinbarung gilt unbefristet. Sie kann von beiden Seiten jederzeit formlos beendet werden.`;

export const JOIN_PAGE_V1 = `## Wer kann mitmachen?

Jede Organisation und jede Einzelperson, die mit Erwachsenen zu Lesen, Schreiben, Rechnen oder digitalen Grundlagen arbeitet – in Kursen, in der Beratung – oder die Menschen begegnet, für die das ein Thema sein könnte.

Es gibt zwei Kreise: den **Kernkreis**, der das Bündnis aktiv mitgestaltet, und den **erweiterten Kreis** für alle, die informiert bleiben und gelegentlich mitwirken wollen.

## So werden Sie Partner

1. **Kontakt aufnehmen** – über das Formular unten, per E-Mail oder Telefon.
2. **Kennenlernen** – ein kurzes persönliches Gespräch, gern auch bei einer unserer Plenumssitzungen.
3. **Vereinbarung unterzeichnen** – online oder auf Papier; dafür brauchen wir eine Ansprechperson.
4. **Sichtbar werden** – mit Logo und einer kurzen Beschreibung in Stichpunkten im Partnerverzeichnis.`;

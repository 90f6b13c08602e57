// Demo organisations for the embedded database. Invented names, people and
// addresses (example.org domains, 030 555 numbers): no real personal data.
export type TDemoPartner = {
  name: string;
  kind?: "PERSON";
  stage: "CONTACTED" | "MET" | "AGREEMENT_SIGNED" | "PUBLISHED";
  circle: "CORE" | "EXTENDED";
  fields: string[];
  street: string;
  postalCode: string;
  contact: [name: string, fn: string];
  daysInStage: number;
  description?: string[];
  archived?: string;
};

export const DEMO_PARTNERS: TDemoPartner[] = [
  { name: "Volkshochschule Mitte", stage: "MET", circle: "CORE", fields: ["COURSES", "DIGITAL"], street: "Antonstraße 37", postalCode: "13347", contact: ["Jana Becker", "Fachbereichsleitung Grundbildung"], daysInStage: 12 },
  { name: "Lesewerkstatt Moabit e. V.", stage: "PUBLISHED", circle: "CORE", fields: ["COURSES", "OUTREACH"], street: "Turmstraße 21", postalCode: "10559", contact: ["Malte Krüger", "Vorstand"], daysInStage: 140, description: ["Lesecafé jeden Dienstag", "Schreibwerkstatt für Erwachsene", "Begleitung zu Ämtern"] },
  { name: "Stadtteilbibliothek Wedding", stage: "PUBLISHED", circle: "EXTENDED", fields: ["DIGITAL", "OUTREACH"], street: "Luxemburger Straße 2", postalCode: "13353", contact: ["Aylin Demir", "Bibliothekarin"], daysInStage: 95, description: ["Offene Computersprechstunde", "Leichte-Sprache-Regal", "Vorlesestunden für Familien"] },
  { name: "Jobcenter Berlin Mitte – Team Integration", stage: "AGREEMENT_SIGNED", circle: "EXTENDED", fields: ["WORK", "COUNSELLING"], street: "Seydelstraße 2", postalCode: "10117", contact: ["Thomas Wagner", "Teamleitung"], daysInStage: 30 },
  { name: "Beratungsstelle Schuldenfrei Berlin", stage: "MET", circle: "EXTENDED", fields: ["COUNSELLING", "NUMERACY"], street: "Brunnenstraße 112", postalCode: "13355", contact: ["Sabine Hoffmann", "Schuldnerberaterin"], daysInStage: 48 },
  { name: "Familienzentrum Gesundbrunnen", stage: "CONTACTED", circle: "EXTENDED", fields: ["FAMILY", "OUTREACH"], street: "Gropiusstraße 9", postalCode: "13357", contact: ["Fatma Yıldız", "Koordinatorin"], daysInStage: 5 },
  { name: "Nachbarschaftshaus Tiergarten", stage: "CONTACTED", circle: "EXTENDED", fields: ["OUTREACH"], street: "Waldstraße 55", postalCode: "10551", contact: ["Peter Schulz", "Hausleitung"], daysInStage: 21 },
  { name: "Grundbildungszentrum Alpha Plus gGmbH", stage: "PUBLISHED", circle: "CORE", fields: ["COURSES", "NUMERACY", "DIGITAL"], street: "Chausseestraße 80", postalCode: "10115", contact: ["Dr. Ingrid Lehmann", "Geschäftsführung"], daysInStage: 300, description: ["Alphabetisierungskurse am Vormittag und Abend", "Rechenkurse für den Alltag", "Lernberatung ohne Anmeldung"] },
  { name: "Mieterberatung Prenzlauer Berg", stage: "CONTACTED", circle: "EXTENDED", fields: ["COUNSELLING"], street: "Schönhauser Allee 40", postalCode: "10435", contact: ["Lukas Neumann", "Berater"], daysInStage: 2 },
  { name: "Kiezküche Soldiner Straße", stage: "MET", circle: "EXTENDED", fields: ["OUTREACH", "FAMILY"], street: "Soldiner Straße 31", postalCode: "13359", contact: ["Olga Petrova", "Projektleitung"], daysInStage: 8 },
  { name: "Ausbildungsverbund Metall Berlin", stage: "AGREEMENT_SIGNED", circle: "CORE", fields: ["WORK", "COURSES"], street: "Sickingenstraße 20", postalCode: "10553", contact: ["Heike Braun", "Ausbildungsleitung"], daysInStage: 60 },
  { name: "Selbsthilfetreff Lesen & Schreiben", stage: "PUBLISHED", circle: "CORE", fields: ["OUTREACH", "COURSES"], street: "Reinickendorfer Straße 61", postalCode: "13347", contact: ["Günter Fischer", "Sprecher"], daysInStage: 210, description: ["Treffen von Lernenden für Lernende", "Erfahrungsberichte in Schulen und Betrieben"] },
  { name: "Caritas Migrationsdienst Mitte", stage: "MET", circle: "EXTENDED", fields: ["COUNSELLING", "OUTREACH"], street: "Residenzstraße 90", postalCode: "13409", contact: ["Maria Santos", "Sozialarbeiterin"], daysInStage: 33 },
  { name: "Elternschule am Leopoldplatz", stage: "CONTACTED", circle: "EXTENDED", fields: ["FAMILY"], street: "Müllerstraße 146", postalCode: "13353", contact: ["Katrin Vogel", "Sozialpädagogin"], daysInStage: 15 },
  { name: "Digitalwerkstatt Seniorennetz", stage: "AGREEMENT_SIGNED", circle: "EXTENDED", fields: ["DIGITAL"], street: "Invalidenstraße 50", postalCode: "10115", contact: ["Werner Schmitt", "Ehrenamtskoordination"], daysInStage: 12 },
  { name: "Gesundheitsladen Wedding", stage: "CONTACTED", circle: "EXTENDED", fields: ["COUNSELLING", "OUTREACH"], street: "Osloer Straße 12", postalCode: "13359", contact: ["Nina Weber", "Gesundheitsberaterin"], daysInStage: 40 },
  { name: "Sportverein Eintracht Mitte", stage: "CONTACTED", circle: "EXTENDED", fields: ["OUTREACH"], street: "Kameruner Straße 5", postalCode: "13351", contact: ["Jörg Zimmermann", "Jugendwart"], daysInStage: 1 },
  { name: "Ärztehaus am Nordbahnhof", stage: "MET", circle: "EXTENDED", fields: ["OUTREACH"], street: "Gartenstraße 100", postalCode: "10115", contact: ["Dr. Emre Kaya", "Praxisinhaber"], daysInStage: 70 },
  { name: "Bildungswerk Kreuzberg-Mitte", stage: "PUBLISHED", circle: "EXTENDED", fields: ["COURSES", "WORK"], street: "Friedrichstraße 210", postalCode: "10117", contact: ["Sandra Koch", "Programmplanung"], daysInStage: 45, description: ["Berufsbezogene Grundbildung", "Kurse am Arbeitsplatz"] },
  { name: "Hannelore Richter", kind: "PERSON", stage: "MET", circle: "CORE", fields: ["COURSES"], street: "Bernauer Straße 8", postalCode: "13355", contact: ["Hannelore Richter", "Lernbegleiterin (ehrenamtlich)"], daysInStage: 18 },
  { name: "Quartiersmanagement Pankstraße", stage: "AGREEMENT_SIGNED", circle: "CORE", fields: ["OUTREACH", "FAMILY"], street: "Prinz-Eugen-Straße 1", postalCode: "13347", contact: ["Stefan Wolf", "Quartiersmanager"], daysInStage: 9 },
  { name: "Straßenzeitung Mitte e. V.", stage: "CONTACTED", circle: "EXTENDED", fields: ["OUTREACH"], street: "Torstraße 77", postalCode: "10119", contact: ["Mehmet Özdemir", "Vertrieb"], daysInStage: 26 },
  { name: "Ökumenisches Stadtteilzentrum", stage: "MET", circle: "EXTENDED", fields: ["COUNSELLING", "FAMILY"], street: "Liesenstraße 7", postalCode: "10115", contact: ["Pfarrerin Ute Hartmann", "Leitung"], daysInStage: 3 },
  { name: "Kulturverein Brückenschlag", stage: "CONTACTED", circle: "EXTENDED", fields: ["OUTREACH"], street: "Gerichtstraße 23", postalCode: "13347", contact: ["Leyla Aydın", "Vorsitzende"], daysInStage: 60, archived: "Kein Kontakt zur Zielgruppe, Interesse zurückgezogen." },
  { name: "Arbeitslosenzentrum Berlin-Mitte", stage: "MET", circle: "EXTENDED", fields: ["COUNSELLING", "WORK"], street: "Wiesenstraße 29", postalCode: "13357", contact: ["Frank Lange", "Berater"], daysInStage: 25 },
];

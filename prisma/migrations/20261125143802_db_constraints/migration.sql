-- Rules that the database holds (issue 9): foreign keys on every id column that
-- names a row, fields of work as a lookup table with a join table, signatures as
-- rows instead of JSON, and partial unique indexes for "one primary contact",
-- "one pending profile draft" and "one open agreement" per partner.
-- Existing data is carried over first, and cleaned where it would violate a rule.

-- CreateEnum
CREATE TYPE "SignatureKind" AS ENUM ('ONLINE', 'PAPER', 'COUNTERSIGN');

-- CreateTable
CREATE TABLE "FieldOfWork" (
    "id" TEXT NOT NULL,
    "labelDe" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FieldOfWork_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerFieldOfWork" (
    "partnerId" TEXT NOT NULL,
    "fieldOfWorkId" TEXT NOT NULL,

    CONSTRAINT "PartnerFieldOfWork_pkey" PRIMARY KEY ("partnerId","fieldOfWorkId")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" "SignatureKind" NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerFunction" TEXT,
    "signerEmail" TEXT,
    "contactPersonId" TEXT,
    "userId" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "documentSha256" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnerFieldOfWork_fieldOfWorkId_idx" ON "PartnerFieldOfWork"("fieldOfWorkId");

-- CreateIndex
CREATE INDEX "Signature_contactPersonId_idx" ON "Signature"("contactPersonId");

-- CreateIndex
CREATE INDEX "Signature_userId_idx" ON "Signature"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_agreementId_kind_key" ON "Signature"("agreementId", "kind");

-- CreateIndex
CREATE INDEX "AuthToken_partnerId_idx" ON "AuthToken"("partnerId");


-- ── Fields of work: today's list (ids are public: feed and widget publish them) ──
INSERT INTO "FieldOfWork" ("id", "labelDe", "labelEn", "sortOrder", "active", "updatedAt") VALUES
  ('COURSES', 'Kurse', 'Courses', 10, true, CURRENT_TIMESTAMP),
  ('COUNSELLING', 'Beratung', 'Counselling', 20, true, CURRENT_TIMESTAMP),
  ('OUTREACH', 'Kontakt zu Betroffenen', 'Contact with people affected', 30, true, CURRENT_TIMESTAMP),
  ('DIGITAL', 'Digitale Grundbildung', 'Digital basics', 40, true, CURRENT_TIMESTAMP),
  ('NUMERACY', 'Rechnen und Finanzen', 'Numeracy and finance', 50, true, CURRENT_TIMESTAMP),
  ('FAMILY', 'Familie und Elternarbeit', 'Family and parents', 60, true, CURRENT_TIMESTAMP),
  ('WORK', 'Arbeit und Beruf', 'Work and career', 70, true, CURRENT_TIMESTAMP);

-- Values no list knew (written by hand into the array) are kept, inactive, labelled with their id.
INSERT INTO "FieldOfWork" ("id", "labelDe", "labelEn", "sortOrder", "active", "updatedAt")
SELECT DISTINCT f, f, f, 1000, false, CURRENT_TIMESTAMP
FROM "Partner" p, unnest(p."fieldsOfWork") AS f
WHERE f <> '' AND NOT EXISTS (SELECT 1 FROM "FieldOfWork" w WHERE w."id" = f);

INSERT INTO "PartnerFieldOfWork" ("partnerId", "fieldOfWorkId")
SELECT DISTINCT p."id", f FROM "Partner" p, unnest(p."fieldsOfWork") AS f WHERE f <> '';

ALTER TABLE "Partner" DROP COLUMN "fieldsOfWork";

-- ── Signatures: the JSON of Agreement.partnerSigner / counterSigner becomes rows ──
-- partnerSigner: { role, name, function, email, ip, userAgent, signedAt, documentSha256 } (online)
--             or { name, signedAt, paper: true } (paper path), and counterSigner like online.
INSERT INTO "Signature" ("id", "agreementId", "kind", "signerName", "signerFunction", "signerEmail",
  "contactPersonId", "userId", "signedAt", "ip", "userAgent", "documentSha256")
SELECT 'sig' || md5(a."id" || ':partner'), a."id",
  CASE WHEN (a."partnerSigner"->>'paper') = 'true' THEN 'PAPER'::"SignatureKind" ELSE 'ONLINE'::"SignatureKind" END,
  COALESCE(NULLIF(a."partnerSigner"->>'name', ''), '—'),
  NULLIF(a."partnerSigner"->>'function', ''),
  NULLIF(lower(a."partnerSigner"->>'email'), ''),
  (SELECT c."id" FROM "ContactPerson" c WHERE c."partnerId" = a."partnerId" AND c."email" IS NOT NULL
     AND lower(c."email") = lower(a."partnerSigner"->>'email') ORDER BY c."isPrimary" DESC, c."createdAt" LIMIT 1),
  CASE WHEN (a."partnerSigner"->>'paper') = 'true' THEN NULL
       ELSE (SELECT u."id" FROM "User" u WHERE u."id" = a."partnerSignedById") END,
  COALESCE((a."partnerSigner"->>'signedAt')::timestamptz AT TIME ZONE 'UTC', a."partnerSignedAt", a."updatedAt"),
  NULLIF(a."partnerSigner"->>'ip', ''),
  NULLIF(a."partnerSigner"->>'userAgent', ''),
  NULLIF(a."partnerSigner"->>'documentSha256', '')
FROM "Agreement" a
WHERE a."partnerSigner" IS NOT NULL AND jsonb_typeof(a."partnerSigner") = 'object';

INSERT INTO "Signature" ("id", "agreementId", "kind", "signerName", "signerFunction", "signerEmail",
  "userId", "signedAt", "ip", "userAgent", "documentSha256")
SELECT 'sig' || md5(a."id" || ':counter'), a."id", 'COUNTERSIGN'::"SignatureKind",
  COALESCE(NULLIF(a."counterSigner"->>'name', ''), '—'),
  NULLIF(a."counterSigner"->>'function', ''),
  NULLIF(lower(a."counterSigner"->>'email'), ''),
  (SELECT u."id" FROM "User" u WHERE u."id" = a."countersignedById"),
  COALESCE((a."counterSigner"->>'signedAt')::timestamptz AT TIME ZONE 'UTC', a."activatedAt", a."updatedAt"),
  NULLIF(a."counterSigner"->>'ip', ''),
  NULLIF(a."counterSigner"->>'userAgent', ''),
  NULLIF(a."counterSigner"->>'documentSha256', '')
FROM "Agreement" a
WHERE a."counterSigner" IS NOT NULL AND jsonb_typeof(a."counterSigner") = 'object';

ALTER TABLE "Agreement" DROP COLUMN "counterSigner",
DROP COLUMN "partnerSigner";

-- ── Foreign keys: ids that name no row (never checked before) are cleared first ──
ALTER TABLE "Feedback" ALTER COLUMN "createdById" DROP NOT NULL;
ALTER TABLE "FeedbackMessage" ALTER COLUMN "authorId" DROP NOT NULL;

UPDATE "Partner" SET "publicContactId" = NULL WHERE "publicContactId" IS NOT NULL AND "publicContactId" NOT IN (SELECT "id" FROM "ContactPerson");
UPDATE "ProfileDraft" SET "publicContactId" = NULL WHERE "publicContactId" IS NOT NULL AND "publicContactId" NOT IN (SELECT "id" FROM "ContactPerson");
UPDATE "StageChange" SET "agreementId" = NULL WHERE "agreementId" IS NOT NULL AND "agreementId" NOT IN (SELECT "id" FROM "Agreement");
-- An invitation for a partner that does not exist cannot be used: it goes.
DELETE FROM "AuthToken" WHERE "partnerId" IS NOT NULL AND "partnerId" NOT IN (SELECT "id" FROM "Partner");
UPDATE "Partner" SET "publicationConsentById" = NULL WHERE "publicationConsentById" NOT IN (SELECT "id" FROM "User");
UPDATE "ContactPerson" SET "publicConsentById" = NULL WHERE "publicConsentById" NOT IN (SELECT "id" FROM "User");
UPDATE "ValuesVersion" SET "createdById" = NULL WHERE "createdById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "createdById" = NULL WHERE "createdById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "sentById" = NULL WHERE "sentById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "partnerSignedById" = NULL WHERE "partnerSignedById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "countersignedById" = NULL WHERE "countersignedById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "declinedById" = NULL WHERE "declinedById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "revokedById" = NULL WHERE "revokedById" NOT IN (SELECT "id" FROM "User");
UPDATE "Agreement" SET "supersededById" = NULL WHERE "supersededById" NOT IN (SELECT "id" FROM "User");
UPDATE "AgreementDocument" SET "createdById" = NULL WHERE "createdById" NOT IN (SELECT "id" FROM "User");
UPDATE "Feedback" SET "createdById" = NULL WHERE "createdById" NOT IN (SELECT "id" FROM "User");
UPDATE "FeedbackMessage" SET "authorId" = NULL WHERE "authorId" NOT IN (SELECT "id" FROM "User");
UPDATE "SiteContent" SET "updatedById" = NULL WHERE "updatedById" NOT IN (SELECT "id" FROM "User");
UPDATE "StoredFile" SET "createdById" = NULL WHERE "createdById" NOT IN (SELECT "id" FROM "User");

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_publicContactId_fkey" FOREIGN KEY ("publicContactId") REFERENCES "ContactPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_publicationConsentById_fkey" FOREIGN KEY ("publicationConsentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_publicConsentById_fkey" FOREIGN KEY ("publicConsentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldOfWork" ADD CONSTRAINT "FieldOfWork_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFieldOfWork" ADD CONSTRAINT "PartnerFieldOfWork_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerFieldOfWork" ADD CONSTRAINT "PartnerFieldOfWork_fieldOfWorkId_fkey" FOREIGN KEY ("fieldOfWorkId") REFERENCES "FieldOfWork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValuesVersion" ADD CONSTRAINT "ValuesVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerSignedById_fkey" FOREIGN KEY ("partnerSignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_countersignedById_fkey" FOREIGN KEY ("countersignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_declinedById_fkey" FOREIGN KEY ("declinedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackMessage" ADD CONSTRAINT "FeedbackMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteContent" ADD CONSTRAINT "SiteContent_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileDraft" ADD CONSTRAINT "ProfileDraft_publicContactId_fkey" FOREIGN KEY ("publicContactId") REFERENCES "ContactPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ── One primary contact, one pending draft, one open agreement per partner ──
-- Existing duplicates are resolved the way the app resolves them today: the most
-- recently changed primary contact stays primary, the newest pending draft stays
-- pending (older ones SUPERSEDED), the most advanced, then newest open agreement
-- stays open (older ones REVOKED with a reason).
UPDATE "ContactPerson" SET "isPrimary" = false, "version" = "version" + 1
WHERE "isPrimary" AND "id" NOT IN (
  SELECT DISTINCT ON ("partnerId") "id" FROM "ContactPerson" WHERE "isPrimary"
  ORDER BY "partnerId", "updatedAt" DESC, "createdAt" DESC, "id");

UPDATE "ProfileDraft" SET "status" = 'SUPERSEDED'
WHERE "status" = 'PENDING' AND "id" NOT IN (
  SELECT DISTINCT ON ("partnerId") "id" FROM "ProfileDraft" WHERE "status" = 'PENDING'
  ORDER BY "partnerId", "submittedAt" DESC, "id");

UPDATE "Agreement" SET "status" = 'REVOKED', "revokedAt" = CURRENT_TIMESTAMP, "version" = "version" + 1,
  "revokeReason" = 'Automatisch beendet: mehrere offene Vereinbarungen für denselben Partner (Datenbankregel)'
WHERE "status" IN ('DRAFT', 'SENT', 'SIGNED_BY_PARTNER') AND "id" NOT IN (
  SELECT DISTINCT ON ("partnerId") "id" FROM "Agreement" WHERE "status" IN ('DRAFT', 'SENT', 'SIGNED_BY_PARTNER')
  ORDER BY "partnerId", CASE "status" WHEN 'SIGNED_BY_PARTNER' THEN 0 WHEN 'SENT' THEN 1 ELSE 2 END, "createdAt" DESC, "id");

CREATE UNIQUE INDEX "ContactPerson_one_primary_per_partner" ON "ContactPerson"("partnerId") WHERE "isPrimary";
CREATE UNIQUE INDEX "ProfileDraft_one_pending_per_partner" ON "ProfileDraft"("partnerId") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "Agreement_one_open_per_partner" ON "Agreement"("partnerId") WHERE "status" IN ('DRAFT', 'SENT', 'SIGNED_BY_PARTNER');

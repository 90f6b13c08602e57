-- Trust, part 1 (issue 10): the partner-signed copy gets its own document kind (the
-- data moves in the next migration: a new enum value cannot be used in the same
-- transaction), documents keep the partner's name as it stood on them, signatures can
-- carry a Latin version of the name, and personal signing links (SigningToken).

-- AlterEnum
ALTER TYPE "AgreementDocKind" ADD VALUE 'PARTNER_SIGNED';

-- AlterTable
ALTER TABLE "AgreementDocument" ADD COLUMN     "partnerName" TEXT;

-- AlterTable
ALTER TABLE "Signature" ADD COLUMN     "signerNameLatin" TEXT;

-- CreateTable
CREATE TABLE "SigningToken" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "contactPersonId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SigningToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SigningToken_tokenHash_key" ON "SigningToken"("tokenHash");

-- CreateIndex
CREATE INDEX "SigningToken_agreementId_idx" ON "SigningToken"("agreementId");

-- CreateIndex
CREATE INDEX "SigningToken_contactPersonId_idx" ON "SigningToken"("contactPersonId");

-- AddForeignKey
ALTER TABLE "SigningToken" ADD CONSTRAINT "SigningToken_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningToken" ADD CONSTRAINT "SigningToken_contactPersonId_fkey" FOREIGN KEY ("contactPersonId") REFERENCES "ContactPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningToken" ADD CONSTRAINT "SigningToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The partner's name on existing documents: the best we know is today's name.
UPDATE "AgreementDocument" d SET "partnerName" = p."name" FROM "Agreement" a JOIN "Partner" p ON p."id" = a."partnerId" WHERE a."id" = d."agreementId";

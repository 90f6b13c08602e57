-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "linkKind" "TokenKind",
ADD COLUMN     "secret" TEXT,
ADD COLUMN     "tokenId" TEXT;

-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "lastHitAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "UsedFormToken" (
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsedFormToken_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE INDEX "OutboxMail_tokenId_idx" ON "OutboxMail"("tokenId");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "AuthToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;


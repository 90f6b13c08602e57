-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "attachmentFileId" TEXT,
ADD COLUMN     "attachmentName" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMail_attachmentFileId_idx" ON "OutboxMail"("attachmentFileId");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_attachmentFileId_fkey" FOREIGN KEY ("attachmentFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;


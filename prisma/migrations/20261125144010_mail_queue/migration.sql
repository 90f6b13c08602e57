-- AlterEnum
ALTER TYPE "MailStatus" ADD VALUE 'QUEUED';

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;


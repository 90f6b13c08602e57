-- CreateEnum
CREATE TYPE "StageChangeKind" AS ENUM ('MOVE', 'ARCHIVE', 'RESTORE');

-- CreateEnum
CREATE TYPE "NotifyMode" AS ENUM ('IMMEDIATE', 'DIGEST', 'OFF');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('JOIN_REQUEST', 'PARTNER_SIGNED', 'PROFILE_SUBMITTED', 'FEEDBACK_NEW', 'FEEDBACK_REPLY', 'TASK_ASSIGNED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestHour" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "lastDigestOn" DATE,
ADD COLUMN     "notifyEmail" "NotifyMode" NOT NULL DEFAULT 'IMMEDIATE';

-- AlterTable
ALTER TABLE "StageChange" ADD COLUMN     "kind" "StageChangeKind" NOT NULL DEFAULT 'MOVE';

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "partnerId" TEXT,
    "subject" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "StageChange_at_idx" ON "StageChange"("at");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Data: archive and restore were recorded in the audit trail only. Each becomes a typed
-- StageChange row in the stage the partner was in at that moment (its last move before,
-- or its current stage when there is none).
INSERT INTO "StageChange" ("id", "kind", "partnerId", "fromStage", "toStage", "reason", "actorId", "at")
SELECT 'ar' || substr(md5(a."id"), 1, 23),
       (CASE a."action" WHEN 'partner.archived' THEN 'ARCHIVE' ELSE 'RESTORE' END)::"StageChangeKind",
       a."entityId", s."stage", s."stage", a."data"->>'reason', a."actorId", a."at"
FROM "AuditEvent" a
JOIN "Partner" p ON p."id" = a."entityId"
CROSS JOIN LATERAL (
  SELECT COALESCE(
    (SELECT sc."toStage" FROM "StageChange" sc WHERE sc."partnerId" = a."entityId" AND sc."at" <= a."at" ORDER BY sc."at" DESC LIMIT 1),
    p."stage") AS "stage"
) s
WHERE a."entity" = 'Partner' AND a."action" IN ('partner.archived', 'partner.restored');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('MANUAL', 'FIRST_CONTACT', 'COUNTERSIGN', 'REVIEW_PROFILE', 'REMIND_AGREEMENT');

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "dueDate" DATE NOT NULL,
    "dueTime" TEXT,
    "assigneeId" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "kind" "TaskKind" NOT NULL DEFAULT 'MANUAL',
    "sourceId" TEXT,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_dueDate_idx" ON "Task"("assigneeId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_partnerId_status_dueDate_idx" ON "Task"("partnerId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_status_dueDate_idx" ON "Task"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_kind_sourceId_status_idx" ON "Task"("kind", "sourceId", "status");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data: each partner's read-only follow-up (nextFollowUpAt/nextFollowUpNote) becomes an
-- open task, due on the follow-up's day in Europe/Berlin, assigned to the partner's owner
-- or, without one, to the earliest active coordinator. With no coordinator at all
-- (an empty installation) there is nothing to keep.
INSERT INTO "Task" ("id", "partnerId", "title", "note", "dueDate", "dueTime", "assigneeId", "status", "kind", "createdAt", "updatedAt")
SELECT 'fu' || substr(md5(p."id"), 1, 23),
       p."id",
       COALESCE(NULLIF(btrim(left(p."nextFollowUpNote", 200)), ''), 'Nächster Schritt'),
       CASE WHEN length(p."nextFollowUpNote") > 200 THEN p."nextFollowUpNote" END,
       ((p."nextFollowUpAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin')::date,
       NULL,
       COALESCE(p."ownerId", (SELECT u."id" FROM "User" u
                              WHERE u."active" AND ('COORDINATOR' = ANY(u."roles") OR 'ADMIN' = ANY(u."roles"))
                              ORDER BY u."createdAt", u."id" LIMIT 1)),
       'OPEN', 'MANUAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "Partner" p
WHERE p."nextFollowUpAt" IS NOT NULL
  AND COALESCE(p."ownerId", (SELECT u."id" FROM "User" u
                             WHERE u."active" AND ('COORDINATOR' = ANY(u."roles") OR 'ADMIN' = ANY(u."roles"))
                             LIMIT 1)) IS NOT NULL;

-- AlterTable
ALTER TABLE "Partner" DROP COLUMN "nextFollowUpAt",
DROP COLUMN "nextFollowUpNote";

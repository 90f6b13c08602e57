// The job queue on the real database: mails enqueued in the writer's transaction,
// delivered by pg-boss workers to a real SMTP sink, with retries; clean-up jobs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createBoss, getBoss, startBoss } from "@/lib/server/jobs/boss";
import { runCleanup } from "@/lib/server/jobs/cleanup";
import { CLEANUP_QUEUE, MAIL_QUEUE } from "@/lib/server/jobs/queues";
import { startWorkers } from "@/lib/server/jobs/workers";
import { enqueueMail, enqueueMails } from "@/lib/server/mail/enqueue-mail";
import { uniqueToken } from "./fixtures";
import { drainQueues, freePort, spawnWorker, startSmtpSink, stopChild, waitFor } from "./jobs";
import "./setup";

type TSink = Awaited<ReturnType<typeof startSmtpSink>>;
let sink: TSink;
const stops: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  sink = await startSmtpSink();
  stops.push(() => sink.stop());
  await getBoss();
  // Earlier files' mails must not mix with these tests' counts.
  await drainQueues();
});

afterAll(async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
});

const jobsFor = (outboxId: string) =>
  prisma.$queryRaw<{ id: string; state: string; retry_count: number }[]>`
    SELECT id, state::text, retry_count FROM pgboss.job WHERE name = ${MAIL_QUEUE} AND data->>'outboxId' = ${outboxId}
    UNION ALL
    SELECT id, state::text, retry_count FROM pgboss.archive WHERE name = ${MAIL_QUEUE} AND data->>'outboxId' = ${outboxId}`;

describe("enqueueing a mail", () => {
  it("commits the outbox row and its job with the transaction", async () => {
    const to = `${uniqueToken("m")}@test.example`;
    const [id] = await prisma.$transaction((tx) => enqueueMail(tx, { to, subject: "Zz-Jobs commit", text: "Hallo" }));
    expect(await prisma.outboxMail.findUnique({ where: { id } })).toMatchObject({ to, status: "QUEUED", attempts: 0 });
    const jobs = await jobsFor(id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].state).toBe("created");
    await drainQueues();
    expect((await prisma.outboxMail.findUniqueOrThrow({ where: { id } })).status).toBe("STORED");
  });

  it("leaves neither the row nor the job when the transaction rolls back", async () => {
    const to = `${uniqueToken("m")}@test.example`;
    let outboxId = "";
    const failed = await prisma
      .$transaction(async (tx) => {
        [outboxId] = await enqueueMail(tx, { to, subject: "Zz-Jobs rollback", text: "Hallo" });
        // Inside the transaction both exist …
        expect(await tx.outboxMail.count({ where: { id: outboxId } })).toBe(1);
        const inside = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'outboxId' = ${outboxId}`;
        expect(inside[0].n).toBe(1);
        throw new Error("roll back");
      })
      .catch((e: Error) => e.message);
    expect(failed).toBe("roll back");
    expect(outboxId).not.toBe("");
    // … and after the rollback neither does.
    expect(await prisma.outboxMail.count({ where: { OR: [{ id: outboxId }, { to }] } })).toBe(0);
    expect(await jobsFor(outboxId)).toHaveLength(0);
  });
});

describe("mail workers", () => {
  it("two worker processes on one queue deliver each of many mails exactly once", async () => {
    const workers = [spawnWorker({ WORKER_MODE: "mail", SMTP_URL: sink.smtpUrl }), spawnWorker({ WORKER_MODE: "mail", SMTP_URL: sink.smtpUrl })];
    for (const w of workers) stops.push(() => stopChild(w.child));
    await Promise.all(workers.map((w) => w.waitForLine((l) => l.includes('"ready"'))));

    const token = uniqueToken("two");
    const mails = Array.from({ length: 40 }, (_, i) => ({ to: `${token}-${i}@test.example`, subject: `Zz-Jobs ${token} ${i}`, text: `Nachricht ${i}` }));
    const ids = await enqueueMails(prisma, mails);

    await waitFor("all 40 mails SENT", async () => (await prisma.outboxMail.count({ where: { id: { in: ids }, status: "SENT" } })) === 40, 60_000);

    const received = (await sink.messages()).filter((m) => m.subject.includes(token));
    expect(received).toHaveLength(40);
    expect(new Set(received.map((m) => m.to[0])).size).toBe(40);

    const delivered = workers.flatMap((w, worker) =>
      w.lines.map((l) => JSON.parse(l) as { delivered?: string; result?: string }).filter((l) => l.delivered && ids.includes(l.delivered)).map((l) => ({ ...l, worker })),
    );
    expect(delivered).toHaveLength(40);
    expect(new Set(delivered.map((d) => d.delivered)).size).toBe(40);
    expect(delivered.every((d) => d.result === "sent")).toBe(true);
    // Both processes took part.
    expect(new Set(delivered.map((d) => d.worker)).size).toBe(2);

    const rows = await prisma.outboxMail.findMany({ where: { id: { in: ids } } });
    expect(rows.every((r) => r.attempts === 1 && r.sentAt && r.error === null)).toBe(true);
    await Promise.all(workers.map((w) => stopChild(w.child)));
  });

  it("retries a job whose worker was killed in the middle of it, and completes it", async () => {
    const queue = `test-kill-${uniqueToken()}`;
    const boss = await getBoss();
    await boss.createQueue(queue, { name: queue, retryLimit: 2, retryDelay: 0, expireInSeconds: 2 });
    stops.push(() => boss.deleteQueue(queue));

    const doomed = spawnWorker({ WORKER_MODE: "hang", WORKER_QUEUE: queue });
    stops.push(() => stopChild(doomed.child, "SIGKILL"));
    await doomed.waitForLine((l) => l.includes('"ready"'));
    const jobId = (await boss.send(queue, { n: 1 }))!;
    await doomed.waitForLine((l) => l.includes(jobId));
    await stopChild(doomed.child, "SIGKILL");
    expect(doomed.child.signalCode).toBe("SIGKILL");
    expect((await boss.getJobById(queue, jobId))?.state).toBe("active");

    // A surviving instance: its maintenance expires the orphaned job, its worker retries it.
    const survivor = await startBoss(createBoss({ worker: true, schedule: false, maintenanceIntervalSeconds: 1 }));
    stops.push(() => survivor.stop({ graceful: false, timeout: 1000 }));
    const runs: number[] = [];
    await survivor.work(queue, { includeMetadata: true, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      runs.push(job.retryCount);
      return { done: true };
    });
    const done = await waitFor("the retried job to complete", async () => {
      const job = await boss.getJobById(queue, jobId);
      return job?.state === "completed" ? job : null;
    });
    expect(done.retryCount).toBe(1);
    expect(runs).toEqual([1]);
    await survivor.stop({ graceful: false, timeout: 1000 });
  });

  it("records an SMTP failure, retries with backoff, and marks the mail FAILED with the error after the last attempt", async () => {
    const deadPort = await freePort(); // nothing listens here
    const boss = await startBoss(createBoss({ worker: true, schedule: false }));
    stops.push(() => boss.stop({ graceful: false, timeout: 1000 }));
    const to = `${uniqueToken("fail")}@test.example`;
    const [id] = await enqueueMails(prisma, [{ to, subject: "Zz-Jobs failing", text: "Hallo" }], { retryLimit: 2, retryDelay: 1, retryBackoff: true });
    await startWorkers(boss, { smtpUrl: `smtp://127.0.0.1:${deadPort}`, pollingIntervalSeconds: 0.5, mailWorkers: 1 });

    // After the first attempt: still QUEUED, with the error, and a retry pending.
    const first = await waitFor("the first attempt", async () => {
      const row = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
      return row.attempts >= 1 ? row : null;
    });
    expect(first.error).toMatch(/ECONNREFUSED/);
    const failed = await waitFor("FAILED", async () => {
      const row = await prisma.outboxMail.findUniqueOrThrow({ where: { id } });
      return row.status === "FAILED" ? row : null;
    });
    expect(failed.attempts).toBe(3);
    expect(failed.error).toMatch(/ECONNREFUSED/);
    expect(failed.sentAt).toBeNull();
    const [job] = await jobsFor(id);
    expect(job).toMatchObject({ state: "failed", retry_count: 2 });
    expect(await sink.messages(to)).toHaveLength(0);
    await boss.stop({ graceful: false, timeout: 1000 });
  });
});

describe("clean-up job", () => {
  it("removes exactly the expired auth tokens, rate-limit rows and used join-form tokens", async () => {
    const token = uniqueToken("clean");
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3600_000);
    await prisma.authToken.createMany({
      data: [
        { kind: "RESET", tokenHash: `${token}-expired`, email: `${token}@test.example`, expiresAt: past },
        { kind: "MAGIC", tokenHash: `${token}-expired-used`, email: `${token}@test.example`, expiresAt: past, usedAt: past },
        { kind: "INVITE", tokenHash: `${token}-live`, email: `${token}@test.example`, expiresAt: future },
      ],
    });
    await prisma.rateLimit.createMany({
      data: [
        { key: `${token}:expired`, count: 3, expiresAt: past },
        { key: `${token}:live`, count: 3, expiresAt: future },
      ],
    });
    await prisma.usedFormToken.createMany({ data: [{ nonce: `${token}-expired`, expiresAt: past }, { nonce: `${token}-live`, expiresAt: future }] });
    const actor = await prisma.user.findFirstOrThrow({ select: { id: true } });
    await prisma.idempotencyKey.createMany({
      data: [
        { actorId: actor.id, key: `${token}-old`, action: "test", result: {}, createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) },
        { actorId: actor.id, key: `${token}-recent`, action: "test", result: {}, createdAt: new Date(Date.now() - 6 * 24 * 3600 * 1000) },
      ],
    });
    const liveBefore = await Promise.all([prisma.authToken.count({ where: { expiresAt: { gte: new Date() } } }), prisma.rateLimit.count({ where: { expiresAt: { gte: new Date() } } })]);

    // Through the queue, as the hourly schedule runs it; "stately": a second send while one is queued is refused.
    const boss = await getBoss();
    expect(await boss.send(CLEANUP_QUEUE, {})).not.toBeNull();
    expect(await boss.send(CLEANUP_QUEUE, {})).toBeNull();
    await drainQueues();

    expect((await prisma.authToken.findMany({ where: { email: `${token}@test.example` } })).map((t) => t.tokenHash)).toEqual([`${token}-live`]);
    expect((await prisma.rateLimit.findMany({ where: { key: { startsWith: token } } })).map((r) => r.key)).toEqual([`${token}:live`]);
    expect((await prisma.usedFormToken.findMany({ where: { nonce: { startsWith: token } } })).map((r) => r.nonce)).toEqual([`${token}-live`]);
    await prisma.usedFormToken.deleteMany({ where: { nonce: { startsWith: token } } });
    expect((await prisma.idempotencyKey.findMany({ where: { key: { startsWith: token } } })).map((k) => k.key)).toEqual([`${token}-recent`]);
    await prisma.idempotencyKey.deleteMany({ where: { key: { startsWith: token } } });
    const liveAfter = await Promise.all([prisma.authToken.count({ where: { expiresAt: { gte: new Date() } } }), prisma.rateLimit.count({ where: { expiresAt: { gte: new Date() } } })]);
    expect(liveAfter).toEqual(liveBefore);
    expect(await prisma.authToken.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);

    await prisma.authToken.deleteMany({ where: { email: `${token}@test.example` } });
    await prisma.rateLimit.deleteMany({ where: { key: { startsWith: token } } });
    expect(await runCleanup()).toMatchObject({ tokens: 0, rateLimits: 0 });
  });

  it("is scheduled once however many instances schedule it", async () => {
    const [a, b] = [await startBoss(createBoss()), await startBoss(createBoss())];
    stops.push(() => a.stop({ graceful: false, timeout: 1000 }), () => b.stop({ graceful: false, timeout: 1000 }));
    await a.schedule(CLEANUP_QUEUE, "17 * * * *", {}, { tz: "Europe/Berlin" });
    await b.schedule(CLEANUP_QUEUE, "17 * * * *", {}, { tz: "Europe/Berlin" });
    expect((await a.getSchedules()).filter((s) => s.name === CLEANUP_QUEUE)).toHaveLength(1);
  });

  it("deletes finished jobs from the archive after 30 days (pg-boss retention)", async () => {
    const boss = await getBoss();
    const insert = (days: number) => prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO pgboss.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after,
        expire_in, created_on, completed_on, keep_until, archived_on)
      VALUES (gen_random_uuid(), ${MAIL_QUEUE}, 0, '{}'::jsonb, 'completed', 0, 0, 0, false, now() - ${`${days} days`}::interval,
        interval '2 minutes', now() - ${`${days} days`}::interval, now() - ${`${days} days`}::interval, now(), now() - ${`${days} days`}::interval)
      RETURNING id::text`;
    const [[old], [recent]] = await Promise.all([insert(31), insert(29)]);
    await boss.maintain();
    const left = await prisma.$queryRaw<{ id: string }[]>`SELECT id::text FROM pgboss.archive WHERE id::text IN (${old.id}, ${recent.id})`;
    expect(left.map((r) => r.id)).toEqual([recent.id]);
    await prisma.$executeRaw`DELETE FROM pgboss.archive WHERE id::text = ${recent.id}`;
  });
});

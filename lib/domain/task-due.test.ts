import { describe, expect, it } from "vitest";
import { addWorkingDays, berlinDay, isOverdue, taskBucket } from "./task-due";

// 2026-03-28/29 is the switch to summer time (CET → CEST); 2026-11-25 is winter time (UTC+1).
const at = (iso: string) => new Date(iso);

describe("task due buckets in Europe/Berlin", () => {
  it("takes the Berlin day, not the UTC day, around midnight", () => {
    // 23:30 UTC on 25 Nov is already 00:30 on 26 Nov in Berlin.
    expect(berlinDay(at("2026-11-25T23:30:00Z"))).toBe("2026-11-26");
    expect(berlinDay(at("2026-11-25T22:59:00Z"))).toBe("2026-11-25");
    // Summer time: UTC+2.
    expect(berlinDay(at("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(berlinDay(at("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
  });

  it("a task due on the 25th is today until Berlin midnight, overdue right after", () => {
    const due = { dueDate: "2026-11-25", dueTime: null };
    expect(taskBucket(due, at("2026-11-25T22:59:59Z"))).toBe("today");
    expect(taskBucket(due, at("2026-11-25T23:00:00Z"))).toBe("overdue");
    // Early on the 25th in Berlin, but still the 24th in UTC.
    expect(taskBucket(due, at("2026-11-24T23:30:00Z"))).toBe("today");
    expect(taskBucket(due, at("2026-11-24T22:30:00Z"))).toBe("week");
  });

  it("a time of day makes a task overdue once that Berlin time has passed", () => {
    const due = { dueDate: "2026-11-25", dueTime: "10:00" };
    expect(isOverdue(due, at("2026-11-25T08:59:00Z"))).toBe(false); // 09:59 Berlin
    expect(isOverdue(due, at("2026-11-25T09:00:00Z"))).toBe(true); // 10:00 Berlin
    expect(taskBucket(due, at("2026-11-25T08:00:00Z"))).toBe("today");
  });

  it("week covers the next 7 days, later the rest", () => {
    const now = at("2026-11-25T12:00:00Z");
    expect(taskBucket({ dueDate: "2026-11-26", dueTime: null }, now)).toBe("week");
    expect(taskBucket({ dueDate: "2026-12-02", dueTime: null }, now)).toBe("week");
    expect(taskBucket({ dueDate: "2026-12-03", dueTime: null }, now)).toBe("later");
    expect(taskBucket({ dueDate: "2026-11-01", dueTime: "23:59" }, now)).toBe("overdue");
  });

  it("across the summer-time switch", () => {
    // 29 March 2026 00:30 UTC is 01:30 CET; 01:30 UTC is 03:30 CEST – both on the 29th.
    expect(berlinDay(at("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(taskBucket({ dueDate: "2026-03-28", dueTime: null }, at("2026-03-28T23:00:00Z"))).toBe("overdue");
  });

  it("adds working days over a weekend", () => {
    expect(addWorkingDays("2026-11-25", 3)).toBe("2026-11-30"); // Wed → Mon
    expect(addWorkingDays("2026-11-27", 3)).toBe("2026-12-02"); // Fri → Wed
    expect(addWorkingDays("2026-11-28", 1)).toBe("2026-11-30"); // Sat → Mon
  });
});

describe("berlinMidnight", () => {
  it("is 23:00 UTC the day before in winter and 22:00 UTC in summer", async () => {
    const { berlinMidnight } = await import("./task-due");
    expect(berlinMidnight("2026-11-25").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(berlinMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});

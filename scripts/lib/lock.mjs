import fs from "node:fs";

/**
 * A cross-process lock (atomic mkdir), so two test runs on one machine don't
 * build into the same .next directory at once. Stale locks (dead pid) are taken over.
 */
export async function withLock(dir, fn) {
  fs.mkdirSync(".data", { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(`${dir}/pid`, String(process.pid));
      break;
    } catch {
      const pid = Number(fs.readFileSync(`${dir}/pid`, "utf8").trim() || 0);
      let alive = false;
      try {
        if (pid) process.kill(pid, 0);
        alive = pid > 0;
      } catch {}
      if (!alive) fs.rmSync(dir, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

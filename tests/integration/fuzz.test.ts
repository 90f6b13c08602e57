// Every server action and every route handler, called with hostile values: NUL, lone
// surrogates, 1 MB strings, huge and negative numbers, wrong types, unknown enum
// values, prototype keys and deep nesting. None may answer INTERNAL or a 5xx, throw,
// pollute prototypes, or write anything when it refuses.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "./session-mock";
import type { z } from "zod";

vi.mock("next-auth", async (orig) => ({
  ...(await orig<typeof import("next-auth")>()),
  getServerSession: (await import("./session-mock")).getServerSession,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }));

import { NextRequest } from "next/server";
import { prisma } from "@/lib/db";

const deep = (levels: number) => {
  let v: unknown = "x";
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};

const HOSTILE: [string, unknown][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "a\uD800b"],
  ["1 MB string", "x".repeat(1_000_000)],
  ["negative", -1],
  ["2^31", 2 ** 31],
  ["2^53", 2 ** 53],
  ["huge float", Number.MAX_VALUE],
  ["NaN", Number.NaN],
  ["boolean", true],
  ["null", null],
  ["array", ["a", 1, null]],
  ["empty object", {}],
  ["unknown enum", "NOT_A_VALUE_AT_ALL"],
  ["prototype key", JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}')],
  ["deep nesting", deep(2000)],
];

type TAction = ((input: unknown) => Promise<{ ok: boolean; code?: string }>) & { schema?: z.ZodType };

const walk = (dir: string, match: (f: string) => boolean): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, match) : match(p) ? [p] : [];
  });

/** Every module whose first statement is a 'use server' directive, with either quote style. */
async function discoverActions() {
  const root = path.resolve("lib/actions");
  const out: { key: string; fn: TAction }[] = [];
  for (const file of walk(root, (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const src = fs.readFileSync(file, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
    if (!/^["']use server["']/.test(src)) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") out.push({ key: `${path.relative(root, file)}:${name}`, fn: fn as TAction });
  }
  return out;
}

/** Row counts of every table and the sum of every version column: any write changes it. */
async function fingerprint() {
  const tables = await prisma.$queryRaw<{ t: string; v: boolean }[]>`
    SELECT c.relname AS t, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version' AND NOT a.attisdropped) AS v
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname NOT IN ('RateLimit', '_prisma_migrations') ORDER BY 1`;
  const sql = tables.map(({ t, v }) => `SELECT '${t}' AS t, count(*)::text || ':' || ${v ? "coalesce(sum(version), 0)::text" : "''"} AS f FROM "${t}"`).join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ t: string; f: string }[]>(sql);
  return rows.map((r) => `${r.t}=${r.f}`).join(",");
}

const users: Record<string, string | null> = { anonymous: null, partner: null, admin: null };
const counts = { inputs: 0, internal: 0, thrown: 0, partialWrites: 0, http5xx: 0 };
const failures: string[] = [];

beforeAll(async () => {
  users.partner = (await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@vhs-mitte.example" } })).id;
  users.admin = (await prisma.user.findUniqueOrThrow({ where: { email: "koordination@buendnis.example" } })).id;
});

afterAll(() => {
  console.info(`fuzz: ${counts.inputs} inputs, ${counts.internal} INTERNAL, ${counts.thrown} thrown, ${counts.partialWrites} partial writes, ${counts.http5xx} 5xx`);
});

/** The first identity that gets past the action's role check: the fuzz must reach its validation. */
async function identityFor(fn: TAction) {
  for (const who of ["admin", "partner", "anonymous"] as const) {
    session.userId = users[who];
    const r = await fn({ probe: "x" }).catch(() => null);
    if (!(r && r.ok === false && (r.code === "UNAUTHENTICATED" || r.code === "FORBIDDEN"))) return who;
  }
  return "anonymous";
}

function inputsFor(schema: z.ZodType | undefined): [string, unknown][] {
  const out: [string, unknown][] = HOSTILE.map(([label, v]) => [`input = ${label}`, v]);
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (shape) {
    const keys = Object.keys(shape);
    const base = Object.fromEntries(keys.map((k) => [k, "x"]));
    for (const key of keys) for (const [label, v] of HOSTILE) out.push([`${key} = ${label}`, { ...base, [key]: v }]);
  }
  return out;
}

describe("fuzzing the server actions", () => {
  it("answers every hostile input without INTERNAL, exceptions or partial writes", async () => {
    const actions = await discoverActions();
    expect(actions.length).toBeGreaterThan(30);
    for (const { key, fn } of actions) {
      expect(fn.schema, `${key} is built with defineAction (its schema travels with it)`).toBeDefined();
      session.userId = users[await identityFor(fn)];
      for (const [label, input] of inputsFor(fn.schema)) {
        counts.inputs++;
        const before = await fingerprint();
        let result: { ok: boolean; code?: string } | null = null;
        try {
          result = await fn(input);
        } catch (err) {
          counts.thrown++;
          failures.push(`${key} (${label}) threw ${String(err).slice(0, 200)}`);
          continue;
        }
        if (result?.code === "INTERNAL") {
          counts.internal++;
          failures.push(`${key} (${label}) → INTERNAL`);
        }
        if (result && !result.ok && (await fingerprint()) !== before) {
          counts.partialWrites++;
          failures.push(`${key} (${label}) refused with ${result.code} but wrote`);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
    expect(failures).toEqual([]);
  }, 600_000);
});

describe("fuzzing the route handlers", () => {
  it("answers hostile params, queries and bodies with a status below 500", async () => {
    const root = path.resolve("app");
    const routes = walk(root, (f) => f.endsWith("route.ts")).filter((f) => !f.includes("[...nextauth]"));
    expect(routes.length).toBeGreaterThan(8);
    session.userId = users.admin;
    for (const file of routes) {
      const mod = (await import(file)) as Record<string, unknown>;
      const rel = path.relative(root, path.dirname(file));
      const param = /\[(\w+)\]/.exec(rel)?.[1];
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as ((req: NextRequest, ctx: unknown) => Promise<Response>) | undefined;
        if (typeof handler !== "function") continue;
        for (const [label, v] of HOSTILE) {
          const text = typeof v === "string" ? v : JSON.stringify(v) ?? "null";
          const bodies: (BodyInit | undefined)[] = method === "GET" ? [undefined] : [text, (() => {
            const form = new FormData();
            form.set("file", new File([text], "x.pdf", { type: "application/pdf" }));
            form.set("logo", new File([text], "x.png", { type: "image/png" }));
            form.set("signedBy", text.slice(0, 1000));
            form.set("signedAt", text.slice(0, 1000));
            return form;
          })()];
          for (const body of bodies) {
            counts.inputs++;
            const url = `http://localhost:3000/${rel.replace(/\[\w+\]/, "x")}?q=${encodeURIComponent(text.slice(0, 1000).toWellFormed())}&sha256=${encodeURIComponent(text.slice(0, 100).toWellFormed())}`;
            const req = new NextRequest(url, { method, body, headers: typeof body === "string" ? { "content-type": "application/json" } : undefined });
            const ctx = { params: Promise.resolve(param ? { [param]: String(typeof v === "string" ? v.slice(0, 5000) : text.slice(0, 5000)) } : {}) };
            try {
              const res = await handler(req, ctx);
              if (res.status >= 500) {
                counts.http5xx++;
                failures.push(`${rel} ${method} (${label}) → ${res.status}`);
              }
            } catch (err) {
              counts.thrown++;
              failures.push(`${rel} ${method} (${label}) threw ${String(err).slice(0, 200)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

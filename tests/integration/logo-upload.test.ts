import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { processLogo } from "@/lib/server/files/process-logo";

const png = (w = 64, h = 32) => sharp({ create: { width: w, height: h, channels: 4, background: "#1f7a68" } }).png().toBuffer();

async function refusal(input: Buffer) {
  try {
    await processLogo(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return ((err as AppError).details?.fieldErrors as Record<string, string>).logo;
  }
  throw new Error("expected a refusal");
}

describe("logo processing", () => {
  it("takes the type from the bytes: a PNG named .svg is stored as PNG", async () => {
    const out = await processLogo(await png());
    expect(out.contentType).toBe("image/png");
    expect(out.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("re-encodes raster images, bounded to 800 px, without metadata", async () => {
    const big = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#fff" } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: "secret-camera-owner" } } })
      .toBuffer();
    expect(big.includes(Buffer.from("secret-camera-owner"))).toBe(true);
    const out = await processLogo(big);
    const meta = await sharp(out.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([800, 400]);
    expect(meta.exif).toBeUndefined();
    expect(out.bytes.includes(Buffer.from("secret-camera-owner"))).toBe(false);
  });

  it("sanitises SVGs: no scripts, event handlers or external references", async () => {
    const svg = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" viewBox="0 0 10 10">
      <script>alert(2)</script><rect width="10" height="10" fill="red" onclick="steal()"/>
      <image href="https://evil.example/x.png"/><use href="https://evil.example/s.svg#a"/><a href="javascript:alert(3)"><circle r="2"/></a>
      <foreignObject><div>x</div></foreignObject><rect fill="url(https://evil.example/p)" width="1" height="1"/></svg>`;
    const out = await processLogo(Buffer.from(svg));
    const text = out.bytes.toString("utf8");
    expect(out.contentType).toBe("image/svg+xml");
    expect(text).toContain("<rect");
    for (const bad of ["<script", "onload", "onclick", "evil.example", "javascript:", "foreignObject", "<image"]) expect(text).not.toContain(bad);
  });

  it("refuses empty, oversized, unknown and damaged files with a field message", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("upload.empty");
    expect(await refusal(Buffer.alloc(5 * 1024 * 1024, 1))).toBe("upload.tooLarge");
    expect(await refusal(Buffer.from("just some text, renamed to logo.png"))).toBe("upload.unsupportedType");
    const full = await png(200, 200);
    expect(await refusal(full.subarray(0, Math.floor(full.length / 2)))).toBe("upload.damaged");
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe("upload.damaged");
  });
});

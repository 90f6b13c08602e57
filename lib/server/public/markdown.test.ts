import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis and links", () => {
    const html = renderMarkdown("## Wer?\n\n1. **Kontakt** aufnehmen\n2. *Kennenlernen*\n\n[Mehr](https://example.org)");
    expect(html).toContain("<h2>Wer?</h2>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>Kontakt</strong>");
    expect(html).toContain("<em>Kennenlernen</em>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">Mehr</a>');
  });

  it("keeps the page's h1 to itself", () => {
    expect(renderMarkdown("# Titel").trim()).toBe("<h2>Titel</h2>");
  });

  it("removes scripts, event handlers, images, iframes and styles from embedded HTML", () => {
    const html = renderMarkdown(
      'Text <script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe><p style="color:red" onclick="x()">P</p>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|iframe|<img|style=|alert\(1\)/i);
    expect(html).toContain("<p>P</p>");
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const html = renderMarkdown("[klick](javascript:alert(1)) [bild](data:text/html;base64,PHNjcmlwdD4=) <a href=\"JaVaScRiPt:alert(1)\">x</a>");
    expect(html).not.toMatch(/javascript|data:/i);
    expect(html).toContain("klick");
    expect(html).toContain("bild");
  });

  it("allows mailto links without rel", () => {
    expect(renderMarkdown("[Mail](mailto:info@example.org)")).toContain('<a href="mailto:info@example.org">Mail</a>');
  });
});

describe("renderMarkdown with hostile nesting", () => {
  it("renders text nested 2,000 levels deep as plain paragraphs, quickly and without throwing", () => {
    const started = Date.now();
    const html = renderMarkdown(`${">".repeat(2000)} <script>x</script>\n\nZweiter Absatz`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(html).not.toContain("<script>");
    expect(html).toContain("<p>Zweiter Absatz</p>");
  });
});

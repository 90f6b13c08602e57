import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { markdownNestingProblem } from "@/lib/domain/markdown-limits";

const marked = new Marked({ async: false, gfm: true, breaks: false });

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Text saved before the nesting limit existed (or that still trips the parser)
 * is shown as plain paragraphs: the public page must never fail on it.
 */
function parseSafely(markdown: string): string {
  const plain = () => markdown.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  if (markdownNestingProblem(markdown)) return plain();
  try {
    return marked.parse(markdown) as string;
  } catch {
    return plain();
  }
}

/**
 * Coordinator-written Markdown → HTML that is safe to inject: raw HTML, scripts,
 * event handlers, images and non-http(s)/mailto links are removed, headings start
 * at h2 (the page owns the h1), and external links get rel="noopener noreferrer".
 */
export function renderMarkdown(markdown: string): string {
  const html = parseSafely(markdown);
  return sanitizeHtml(html, {
    allowedTags: ["h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br", "hr", "code"],
    allowedAttributes: { a: ["href", "rel"] },
    allowedSchemes: ["https", "http", "mailto", "tel"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      h1: "h2",
      h5: "h4",
      h6: "h4",
      b: "strong",
      i: "em",
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...(attribs.href ? { href: attribs.href } : {}), ...(/^https?:/i.test(attribs.href ?? "") ? { rel: "noopener noreferrer" } : {}) },
      }),
    },
  });
}

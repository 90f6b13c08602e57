import "server-only";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ async: false, gfm: true, breaks: false });

/**
 * Coordinator-written Markdown → HTML that is safe to inject: raw HTML, scripts,
 * event handlers, images and non-http(s)/mailto links are removed, headings start
 * at h2 (the page owns the h1), and external links get rel="noopener noreferrer".
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
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

import "server-only";
import sanitizeHtml from "sanitize-html";

// Presentation-only SVG: shapes, paths, text, gradients. No scripts, no event
// handlers, no foreignObject, no external references (href only to "#id").
// The parser keeps case (SVG is XML), so names need their SVG spelling (viewBox, linearGradient).
const TAGS = [
  "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc",
  "defs", "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "symbol", "use",
];
const ATTRS = [
  "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "fill", "fill-opacity",
  "fill-rule", "clip-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "stroke-dasharray", "opacity",
  "transform", "id", "class", "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "clip-path", "mask",
  "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "preserveAspectRatio", "xmlns", "role", "aria-label",
  "href", "xlink:href", "patternUnits", "fx", "fy", "version",
];

/** Returns a safe SVG, or null when nothing drawable is left. */
export function sanitizeSvg(svg: string): string | null {
  const clean = sanitizeHtml(svg, {
    allowedTags: TAGS,
    allowedAttributes: { "*": ATTRS },
    allowedSchemes: [],
    allowProtocolRelative: false,
    parser: { lowerCaseTags: false, lowerCaseAttributeNames: false, xmlMode: true },
    exclusiveFilter: (frame) =>
      ["href", "xlink:href"].some((a) => frame.attribs[a] !== undefined && !frame.attribs[a].startsWith("#")) ||
      Object.values(frame.attribs).some((v) => /url\(\s*['"]?\s*(?!#)/i.test(v) || /javascript:/i.test(v)),
  }).trim();
  if (!/^<svg[\s>]/i.test(clean)) return null;
  // Nothing drawable left (e.g. the file was only a script): not a logo.
  if (!/<(path|rect|circle|ellipse|line|polyline|polygon|text|use)[\s>/]/i.test(clean)) return null;
  // Ensure the namespace, so browsers render it as an image.
  return clean.includes("xmlns=") ? clean : clean.replace(/^<svg/i, '<svg xmlns="http://www.w3.org/2000/svg"');
}

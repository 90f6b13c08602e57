// Markdown parsers recurse per nesting level: 2,000 nested quotes or emphasis markers
// overflow the stack, and 2,000 nested list levels took marked 164 s before failing.
// Real page texts never nest deeper than a few levels, so deeper input is refused
// before it reaches the parser.
const MAX_QUOTE_DEPTH = 8;
const MAX_INDENT = 32; // characters of leading whitespace: about 8 list levels
const MAX_MARKER_RUN = 32; // consecutive * or _ (emphasis)

/** Why this Markdown is refused, or null when it is fine to render. */
export function markdownNestingProblem(markdown: string): "quotes" | "indent" | "emphasis" | null {
  for (const line of markdown.split("\n")) {
    const quotes = line.match(/^(?:\s*>)+/)?.[0].replace(/[^>]/g, "").length ?? 0;
    if (quotes > MAX_QUOTE_DEPTH) return "quotes";
    const indent = line.match(/^[ \t>]*/)?.[0].replace(/>/g, "").replace(/\t/g, "    ").length ?? 0;
    if (indent > MAX_INDENT) return "indent";
  }
  if (new RegExp(`[*_]{${MAX_MARKER_RUN + 1},}`).test(markdown)) return "emphasis";
  return null;
}

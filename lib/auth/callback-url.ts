/**
 * The target after sign-in: a path on our own origin, or "/". The value is parsed
 * the way a browser would (`new URL(value, origin)`: backslashes, tabs and newlines
 * included), so "/\evil.example" or "/\t/evil.example" cannot leave the site.
 */
export function safeCallbackUrl(value: string | null | undefined, origin: string): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that itself starts with "//" or "/\" would be protocol-relative when used as a URL.
  return /^\/[/\\]/.test(path) ? "/" : path;
}

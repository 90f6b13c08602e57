/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          // No script-src yet: Next's inline bootstrap scripts on the static public pages need
          // per-response hashes (see README, "Security headers"). What is set holds everywhere.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
      {
        // Not on stored files: a header set here replaces the route's own, and /api/files
        // sends a stricter one (default-src 'none'; sandbox) so an uploaded SVG runs nothing.
        source: "/:path((?!api/files/).*)",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'" }],
      },
    ];
  },
};

module.exports = nextConfig;

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
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
        ],
      },
      {
        // Stored files set their own, stricter policy (an SVG opened directly runs nothing:
        // sandbox); a header from here would replace it.
        source: "/((?!api/files/).*)",
        headers: [
          // No script-src yet: Next's inline bootstrap scripts on the static public pages would
          // need per-response hashes. What is set here holds everywhere.
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;

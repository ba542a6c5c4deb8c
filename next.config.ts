import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403 for a signed-in user of another role.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
  poweredByHeader: false,
};

// The language of each request and its catalogue come from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/language/request.ts")(nextConfig);

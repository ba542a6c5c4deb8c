import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { commonSecurityHeaders, resourcePolicy } from "./lib/http/security-headers";

const production = process.env.NODE_ENV === "production";
const asHeaders = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403 for a signed-in user of another role.
  experimental: {
    authInterrupts: true,
    // Over 1 MB, Next answers 413 itself for a form post; proxy.ts answers 413 for every other call.
    serverActions: { bodySizeLimit: "1mb" },
  },
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite"],
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: asHeaders(commonSecurityHeaders(production)) },
      // Pages get their nonce policy from proxy.ts; everything it does not see gets one that allows nothing.
      ...["/api/:path*", "/_next/:path*", "/:file(.+\\.[a-z0-9]+)"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: resourcePolicy }],
      })),
    ];
  },
};

// The language of each request and its catalogue come from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/language/request.ts")(nextConfig);

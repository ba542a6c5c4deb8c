import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests call server modules directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // Signed links and sealed second-factor secrets derive their keys from it (never a real one here).
    env: { AUTH_SECRET: process.env.AUTH_SECRET ?? "vitest-only-auth-secret-not-for-production-0000" },
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // letting Vite process it resolves the path as the Next.js bundler does.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

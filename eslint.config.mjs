import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
  {
    // Server actions live in "use server" modules built with the action wrapper; a function-level
    // "use server" would create an action that skips authentication, the policy and parsing.
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: ":function > BlockStatement > ExpressionStatement[directive='use server']",
          message:
            "Inline server actions skip the wrapper: export it from an actions.ts built with policyAction or publicAction.",
        },
      ],
    },
  },
  {
    // Playwright fixtures and vitest helpers are not React: their `use` is not a hook.
    files: ["e2e/**/*.ts", "tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["lib/scheduling/**/*.ts"],
    rules: {
      // The scheduling core is pure: no framework, database, clock or environment.
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "@prisma/*", "@/lib/generated/*", "server-only", "@/lib/db/*", "react"] },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env" },
        { object: "Date", property: "now" },
      ],
    },
  },
]);

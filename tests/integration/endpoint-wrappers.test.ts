// Every endpoint goes through one wrapper: each exported server action is built with
// publicAction/policyAction, no function declares an inline "use server", and each route handler is
// built with route() — except the few listed below, each with its reason. The files are discovered
// across the whole tree, so a new endpoint anywhere is covered the moment it is added.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WRAPPED_ACTION } from "@/lib/actions/action";
import { WRAPPED_ROUTE } from "@/lib/routes/route";
import {
  HTTP_METHODS,
  inlineUseServerLines,
  isActionModule,
  readSource,
  root,
  sourceFiles,
} from "../support/endpoint-scan";

/** Route handlers that are not built with route(), and why. */
const UNWRAPPED_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "Auth.js's own sign-in, callback and sign-out handlers; they authenticate the request themselves.",
};

const files = await sourceFiles();
const sources = new Map(await Promise.all(files.map(async (f) => [f, await readSource(f)] as const)));
const actionModules = files.filter((f) => isActionModule(sources.get(f)!));
const routeFiles = files.filter((f) => f.startsWith("app/") && /\/route\.tsx?$/.test(f));

describe("the scanner", () => {
  it("tells a module-level directive from an inline one and from a mention in a comment", () => {
    expect(isActionModule(`"use server";\nexport const a = 1;`)).toBe(true);
    expect(isActionModule(`// "use server"\nexport const a = 1;`)).toBe(false);
    const probe = [
      "export default function Page() {",
      "  async function save() {",
      '    "use server";',
      "  }",
      "  return null;",
      "}",
    ].join("\n");
    expect(inlineUseServerLines(probe)).toEqual([3]);
    expect(inlineUseServerLines(`const s = "use server";`)).toEqual([]);
  });

  it("found the app's action modules and route handlers", () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(8);
    expect(routeFiles.length).toBeGreaterThanOrEqual(7);
  });
});

describe("server actions", () => {
  it("are never declared inline inside a function (anywhere in the tree)", () => {
    const inline = files.flatMap((f) => inlineUseServerLines(sources.get(f)!).map((line) => `${f}:${line}`));
    expect(
      inline,
      "inline server actions skip the wrapper; move them to an actions.ts built with policyAction",
    ).toEqual([]);
  });

  for (const file of actionModules) {
    it(`${file}: every export is a wrapped action`, async () => {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const exported = Object.entries(mod);
      expect(exported.length).toBeGreaterThan(0);
      for (const [name, value] of exported) {
        expect(typeof value, name).toBe("function");
        expect(
          (value as Record<symbol, unknown>)[WRAPPED_ACTION],
          `${name} is not built with publicAction/policyAction`,
        ).toBe(true);
      }
    });
  }
});

describe("route handlers", () => {
  it("list their exceptions only for files that exist", () => {
    for (const file of Object.keys(UNWRAPPED_ROUTES)) expect(routeFiles).toContain(file);
  });

  for (const file of routeFiles.filter((f) => !(f in UNWRAPPED_ROUTES))) {
    it(`${file}: every HTTP method is built with route()`, async () => {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((m) => m in mod);
      expect(methods.length, "a route file exports at least one method").toBeGreaterThan(0);
      for (const method of methods) {
        expect((mod[method] as Record<symbol, unknown>)[WRAPPED_ROUTE], `${method} is not built with route()`).toBe(
          true,
        );
      }
    });
  }
});

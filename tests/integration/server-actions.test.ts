// Every exported server action must be built with publicAction/roleAction, so none can skip
// authentication, the role check or input parsing.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WRAPPED_ACTION } from "@/lib/actions/action";

const root = path.resolve(import.meta.dirname, "../..");

async function actionFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return actionFiles(full);
      return /\.(ts|tsx)$/.test(e.name) && /^["']use server["']/m.test(await readFile(full, "utf8")) ? [full] : [];
    }),
  );
  return nested.flat();
}

describe("server actions", async () => {
  const files = [...(await actionFiles(path.join(root, "app"))), ...(await actionFiles(path.join(root, "lib")))];

  it("exist (the scan found the action modules)", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${path.relative(root, file)}: every export is a wrapped action`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = Object.entries(mod);
      expect(exported.length).toBeGreaterThan(0);
      for (const [name, value] of exported) {
        expect(typeof value, name).toBe("function");
        expect((value as Record<symbol, unknown>)[WRAPPED_ACTION], `${name} is not built with publicAction/roleAction`).toBe(true);
      }
    });
  }
});

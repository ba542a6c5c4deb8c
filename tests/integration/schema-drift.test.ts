import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { findSchemaDrift } from "@/lib/db/drift";
import { schemaPath } from "@/lib/db/migrations";

/** Applies one textual edit to the datamodel, failing loudly if the anchor has moved. */
function edit(datamodel: string, anchor: string | RegExp, replacement: string): string {
  const found = typeof anchor === "string" ? datamodel.includes(anchor) : anchor.test(datamodel);
  if (!found) throw new Error(`schema.prisma no longer contains ${String(anchor)}`);
  return datamodel.replace(anchor, replacement);
}

describe("schema drift check", () => {
  it("finds schema.prisma and the migrations in agreement", async () => {
    expect(await findSchemaDrift()).toEqual([]);
  });

  // Each findSchemaDrift call boots two PGlites, so one drifted datamodel carries every kind of
  // change; each change must still produce a line of its own.
  describe("on a datamodel edited without a migration", () => {
    let drift: string[];

    beforeAll(async () => {
      let datamodel = await readFile(schemaPath, "utf8");
      datamodel = edit(datamodel, "model User {\n", "model User {\n  nickname String?\n");
      datamodel = edit(datamodel, "  reason             String\n", "  reason             String?\n");
      datamodel = edit(
        datamodel,
        '  @@index([doctorId, startsAt])\n  @@map("leaves")',
        '  @@index([doctorId, startsAt])\n  @@index([endsAt])\n  @@map("leaves")',
      );
      datamodel = edit(datamodel, /model Holiday \{[^}]*\}\n/, "");
      drift = await findSchemaDrift(datamodel);
    });

    it("reports an added field", () => {
      expect(drift).toContainEqual(
        expect.stringMatching(/^column users\.nickname: in schema\.prisma but not in the migrations/),
      );
    });

    it("reports a changed column definition from both sides", () => {
      expect(drift).toContain("column appointments.reason: migrations say text NOT NULL, schema.prisma says text NULL");
    });

    it("reports an added index", () => {
      expect(drift).toContainEqual(expect.stringMatching(/^index leaves_ends_at_idx: in schema\.prisma but not/));
    });

    it("reports a removed model once, not once per column", () => {
      expect(drift).toContain("table holidays: in the migrations but not in schema.prisma");
      expect(drift.filter((line) => line.includes("holidays"))).toHaveLength(1);
    });

    it("points at the missing migration", () => {
      expect(drift).toContainEqual(expect.stringContaining("npm run db:migration -- <name>"));
    });

    it("reports nothing else", () => {
      expect(drift, drift.join("\n")).toHaveLength(5);
    });
  });
});

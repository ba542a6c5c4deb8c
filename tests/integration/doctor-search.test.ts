import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));
import { searchDoctors } from "@/lib/doctors/search";
import { doctorSearchSchema } from "@/lib/doctors/schemas";
import { seedDemoClinic } from "@/lib/seed/demo-clinic";
import { setSpecialtySynonyms } from "@/lib/specialties/service";
import { specialtySynonymsSchema } from "@/lib/specialties/schemas";
import { getSchedulingSettings } from "@/lib/settings/queries";
import { provideMigratedDatabase } from "../support/test-database";

const database = provideMigratedDatabase();
const now = new Date("2030-01-07T08:00:00Z");

beforeAll(async () => {
  await seedDemoClinic(database.db, now);
});

const names = async (q: string, extra: Record<string, string> = {}) => {
  const result = await searchDoctors(
    doctorSearchSchema.parse({ q, sort: "name", ...extra }),
    await getSchedulingSettings(),
    now,
  );
  return result.doctors.map((d) => d.user.name);
};

describe("tolerant doctor search (pg_trgm + unaccent)", () => {
  it("ignores titles and word order", async () => {
    expect(await names("Dr Patel")).toEqual(["Priya Patel"]);
    expect(await names("Patel Priya")).toEqual(["Priya Patel"]);
    expect(await names("dr. priya")).toEqual(["Priya Patel"]);
  });

  it("forgives a small typo and accents", async () => {
    expect(await names("okafr")).toEqual(["Chidi Okafor"]);
    expect(await names("Lindqvíst")).toEqual(["Astrid Lindqvist"]);
  });

  it("finds specialties by the words patients use, sorted by surname", async () => {
    expect(await names("GP")).toEqual(["Chidi Okafor", "Priya Patel"]);
    expect(await names("cardiologist")).toEqual(["Astrid Lindqvist"]);
    expect(await names("skin")).toEqual(["Samir Haddad"]);
    expect(await names("family doctor")).toEqual(["Chidi Okafor", "Priya Patel"]);
    expect(await names("Dermatology")).toEqual(["Samir Haddad"]);
  });

  it("finds nobody for words that match nothing, and everybody for titles alone", async () => {
    expect(await names("zzqx")).toEqual([]);
    expect(await names("Patel skin")).toEqual([]);
    expect((await names("Dr")).length).toBe(5);
  });

  it("sorts by surname", async () => {
    expect(await names("")).toEqual([
      "Samir Haddad",
      "Astrid Lindqvist",
      "Yuki Nakamura",
      "Chidi Okafor",
      "Priya Patel",
    ]);
  });
});

describe("a specialty's search words", () => {
  it("are kept per specialty by an administrator, audited, and found at once", async () => {
    const admin = await database.db.user.findFirstOrThrow({
      where: { role: "ADMIN" },
      select: { id: true, email: true, name: true },
    });
    const actor = { ...admin, role: "ADMIN" as const, patientId: null, doctorId: null };
    const paediatrics = await database.db.specialty.findUniqueOrThrow({ where: { name: "Paediatrics" } });
    expect(await names("kids")).toEqual([]);
    await setSpecialtySynonyms(
      actor,
      specialtySynonymsSchema.parse({ specialtyId: paediatrics.id, synonyms: " Kids, child, KIDS ,, " }),
    );
    expect((await database.db.specialty.findUniqueOrThrow({ where: { id: paediatrics.id } })).synonyms).toEqual([
      "kids",
      "child",
    ]);
    expect(await names("kids")).toEqual(["Yuki Nakamura"]);
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: "specialty.synonyms" } });
    expect(event.detail).toMatchObject({ to: ["kids", "child"] });
  });
});

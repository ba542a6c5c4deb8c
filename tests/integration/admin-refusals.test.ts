// Every admin server action and admin route handler refuses patients, doctors and signed-out
// callers before touching anything. The action list is discovered, so a new admin action is
// covered the moment it is added.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { provideMigratedDatabase } from "../support/test-database";
import { makeDoctor, makePatient, setClinic } from "../support/clinic-fixtures";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const database = provideMigratedDatabase();
const root = path.resolve(import.meta.dirname, "../..");
const adminApp = path.join(root, "app/(admin)");

async function filesUnder(dir: string, match: (name: string, text: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return filesUnder(full, match);
      return /\.tsx?$/.test(e.name) && match(e.name, await readFile(full, "utf8")) ? [full] : [];
    }),
  );
  return nested.flat();
}

const actionFiles = await filesUnder(adminApp, (_name, text) => /^["']use server["']/m.test(text));
const routeFiles = await filesUnder(adminApp, (name) => name === "route.ts");

let patient: Actor;
let doctor: Actor;
let target: { id: string };

beforeAll(async () => {
  await setClinic(database.db);
  patient = await makePatient(database.db);
  doctor = (await makeDoctor(database.db)).actor;
  target = await database.db.user.create({
    data: { email: "only.admin@clinic.test", name: "Only Admin", role: "ADMIN" },
    select: { id: true },
  });
});

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};

type FormAction = (previous: { status: "idle" }, data: FormData) => Promise<unknown>;

/** Audit entries other than the refusals themselves, which must not change. */
const notRefusal = { action: { not: "access.denied" } };

describe("admin server actions", () => {
  it("were found (admin areas, users, appointments at least)", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of actionFiles) {
    it(`${path.relative(root, file)}: every action refuses patients, doctors and signed-out callers`, async () => {
      const actions = Object.entries((await import(file)) as Record<string, FormAction>);
      expect(actions.length).toBeGreaterThan(0);
      const auditBefore = await database.db.auditEvent.count({ where: notRefusal });
      const refusalsBefore = await database.db.auditEvent.count({ where: { action: "access.denied" } });
      for (const [name, action] of actions) {
        for (const actor of [patient, doctor]) {
          session.actor = actor;
          // Input that would be valid, aimed at a real account: the refusal must come before any of it is used.
          const result = await action(
            { status: "idle" },
            form({ userId: target.id, active: "false", role: "DOCTOR", name: "Intruder" }),
          );
          expect(result, `${name} as ${actor.role}`).toMatchObject({
            status: "error",
            message: "Your account is not allowed to do that.",
          });
        }
        session.actor = null;
        expect(await action({ status: "idle" }, form({})), `${name} signed out`).toMatchObject({
          status: "error",
          message: expect.stringMatching(/sign in/i),
        });
      }
      expect(
        await database.db.user.findUniqueOrThrow({ where: { id: target.id }, select: { active: true, role: true } }),
      ).toEqual({ active: true, role: "ADMIN" });
      expect(await database.db.auditEvent.count({ where: notRefusal })).toBe(auditBefore);
      // Each refusal of a signed-in caller is itself audited (signed-out callers have no one to name).
      expect(await database.db.auditEvent.count({ where: { action: "access.denied" } })).toBe(
        refusalsBefore + actions.length * 2,
      );
    });
  }
});

describe("admin route handlers", () => {
  it("were found (the CSV exports at least)", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of routeFiles) {
    it(`${path.relative(root, file)}: 401 signed out, 403 for patients and doctors, no audit entry but the refusals`, async () => {
      const { GET } = (await import(file)) as {
        GET: (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
      };
      // Any dynamic segment gets a well-formed id, so only the guard can answer.
      const context = () => ({
        params: Promise.resolve(new Proxy({}, { get: () => "00000000-0000-4000-8000-000000000000" })),
      });
      const auditBefore = await database.db.auditEvent.count({ where: notRefusal });
      const refusalsBefore = await database.db.auditEvent.count({ where: { action: "access.denied" } });
      const request = () => new Request("http://localhost/admin/x");
      session.actor = null;
      expect((await GET(request(), context())).status).toBe(401);
      for (const actor of [patient, doctor]) {
        session.actor = actor;
        expect((await GET(request(), context())).status, actor.role).toBe(403);
      }
      expect(await database.db.auditEvent.count({ where: notRefusal })).toBe(auditBefore);
      expect(await database.db.auditEvent.count({ where: { action: "access.denied" } })).toBe(refusalsBefore + 2);
    });
  }
});

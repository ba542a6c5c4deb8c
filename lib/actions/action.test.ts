import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "@/lib/i18n/zod";
import type { Actor } from "@/lib/auth/session";

// The session is the boundary here: the wrapper's job is what it does with whoever is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
// The audit trail is a database write, checked on a real database in tests/security; here, that it is asked.
const refusals = vi.hoisted(() => [] as unknown[]);
vi.mock("@/lib/audit/refusal", () => ({ recordRefusal: async (entry: unknown) => void refusals.push(entry) }));

const { publicAction, policyAction, WRAPPED_ACTION } = await import("./action");
const { definePolicy, rule } = await import("@/lib/policy/define");
const { DomainError } = await import("@/lib/errors/domain-error");

const patient: Actor = {
  id: "u1",
  email: "p@example.test",
  name: "P",
  role: "PATIENT",
  patientId: "p1",
  doctorId: null,
};
const schema = z.object({ note: z.string().min(3, "Too short") });
const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
  return data;
};
const idle = { status: "idle" } as const;

describe("policyAction", () => {
  const handler = vi.fn(async (input: { note: string }, actor: Actor) => ({
    status: "success" as const,
    message: `${actor.id}:${input.note}`,
  }));
  const policy = definePolicy({ "note.write": rule(["PATIENT"]) });
  const action = policyAction(policy, "note.write", schema, handler);
  beforeEach(() => {
    handler.mockClear();
  });

  it("is marked as wrapped", () => {
    expect((action as unknown as Record<symbol, unknown>)[WRAPPED_ACTION]).toBe(true);
  });

  it("answers a call whose second argument is not form data with a form error, not a crash", async () => {
    session.actor = patient;
    for (const forged of ["x", { note: "hello" }, null, undefined, 42, ["note"]]) {
      expect(await action(idle, forged as unknown as FormData)).toMatchObject({
        status: "error",
        message: expect.stringMatching(/could not be read/),
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a signed-out caller before parsing or acting", async () => {
    session.actor = null;
    expect(await action(idle, form({ note: "hello" }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/sign in/),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a role the capability's rule does not name, and audits the refusal", async () => {
    session.actor = { ...patient, role: "DOCTOR" };
    refusals.length = 0;
    expect(await action(idle, form({ note: "hello" }))).toMatchObject({
      status: "error",
      message: "Your account is not allowed to do that.",
    });
    expect(handler).not.toHaveBeenCalled();
    expect(refusals).toEqual([{ actorId: "u1", action: "access.denied", detail: { rule: "note.write" } }]);
  });

  it("returns every field error and echoes the values, but never a password", async () => {
    session.actor = patient;
    const result = await action(idle, form({ note: "x", password: "secret-123" }));
    expect(result).toEqual({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { note: ["Too short"] },
      values: { note: "x" },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the use case with the parsed input and the actor", async () => {
    session.actor = patient;
    expect(await action(idle, form({ note: "hello" }))).toEqual({ status: "success", message: "u1:hello" });
  });

  it("shows a use case's Forbidden (the rule's record check) as its message", async () => {
    session.actor = patient;
    const owned = definePolicy({
      "note.edit": rule<{ owner: string }>(["PATIENT"], (actor, note) =>
        note.owner === actor.id ? null : "Not your note.",
      ),
    });
    const edit = policyAction(owned, "note.edit", schema, async (_input, actor) =>
      owned.assertCan(actor, "note.edit", { owner: "someone else" }),
    );
    refusals.length = 0;
    expect(await edit(idle, form({ note: "hello" }))).toMatchObject({ status: "error", message: "Not your note." });
    expect(refusals).toEqual([
      { actorId: "u1", action: "access.denied", detail: { rule: "note.edit", reason: "Not your note." } },
    ]);
  });
});

describe("publicAction", () => {
  it("turns a DomainError into a message next to its field", async () => {
    session.actor = null;
    const action = publicAction(schema, async () => {
      throw new DomainError("Already taken", "note");
    });
    expect(await action(idle, form({ note: "hello" }))).toMatchObject({
      status: "error",
      message: "Already taken",
      fieldErrors: { note: ["Already taken"] },
    });
  });

  it("shows the handler's own result in the reader's language when it gives catalogue keys", async () => {
    session.actor = null;
    const action = publicAction(schema, async () => ({
      status: "error" as const,
      message: "errors.correctFields",
      fieldErrors: { note: ["errors.notFound"] },
    }));
    expect(await action(idle, form({ note: "hello" }))).toMatchObject({
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { note: ["Not found."] },
    });
    const saved = publicAction(schema, async () => ({ status: "success" as const, message: "errors.notFound" }));
    expect(await saved(idle, form({ note: "hello" }))).toEqual({ status: "success", message: "Not found." });
  });

  it("lets unexpected errors through to the error page", async () => {
    const action = publicAction(schema, async () => {
      throw new Error("bug");
    });
    await expect(action(idle, form({ note: "hello" }))).rejects.toThrow("bug");
  });
});

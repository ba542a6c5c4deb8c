import { describe, expect, it } from "vitest";
import { retryOnTransientConflict } from "./retry";

const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01" });
// How Prisma's pg adapter reports a driver error: the SQLSTATE sits in the cause.
const wrappedDeadlock = Object.assign(new Error("Transaction failed"), { cause: { originalCode: "40P01" } });

function failing(errors: unknown[], result = "booked") {
  let calls = 0;
  const work = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return result;
  };
  return { work, calls: () => calls };
}

describe("retryOnTransientConflict", () => {
  it("runs a deadlock victim again until it succeeds", async () => {
    const run = failing([deadlock, wrappedDeadlock]);
    await expect(retryOnTransientConflict(run.work)).resolves.toBe("booked");
    expect(run.calls()).toBe(3);
  });

  it("passes any other error through at once", async () => {
    const taken = Object.assign(new Error("conflicting key value violates exclusion constraint"), { code: "23P01" });
    const run = failing([taken]);
    await expect(retryOnTransientConflict(run.work)).rejects.toBe(taken);
    expect(run.calls()).toBe(1);
  });

  it("gives up after the last attempt with the database's error", async () => {
    const run = failing([deadlock, deadlock, deadlock]);
    await expect(retryOnTransientConflict(run.work, 3)).rejects.toBe(deadlock);
    expect(run.calls()).toBe(3);
  });
});

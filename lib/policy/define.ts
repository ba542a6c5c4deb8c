// The one shape of "who may do what". Each capability declares its rules with definePolicy in its own
// policy.ts; services assert them first thing, the action and route wrappers check the role part
// before parsing anything, and pages ask the same `can` to decide which controls to show. Pure.
import { Forbidden } from "@/lib/errors/domain-error";
import type { Role } from "@/lib/generated/prisma/enums";

/** Who is asking, as far as permissions go (a signed-in user as the database knows them now). */
export type PolicyActor = {
  id: string;
  role: Role;
  patientId: string | null;
  doctorId: string | null;
  /** Must set up a second sign-in factor first: only rules marked beforeSecondFactor allow anything. */
  mustEnrolSecondFactor?: boolean;
};

/** What someone who must enrol in a second factor is told when they try anything else. */
export const enrolFirst = "errors.mfaEnrolFirst";

/**
 * One rule: the roles that may ever do it, and, for rules about a particular record, the check of
 * that record (ownership, state, time). `check` returns null when allowed, else the reason to show.
 */
export type Rule<R = void> = {
  roles: readonly Role[];
  check?: (actor: PolicyActor, record: R) => string | null;
  /** What a caller whose role is not in `roles` is told (a generic refusal otherwise). */
  refusal?: string;
  /** Open to someone who must set up a second sign-in factor and has not yet (enrolling itself). */
  beforeSecondFactor?: boolean;
};

export type Rules = Record<string, Rule<never>>;
type RecordOf<T> = T extends Rule<infer R> ? R : never;

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Declares a rule; `R` is the record its check looks at (void for role-only rules). */
export const rule = <R = void>(
  roles: readonly Role[],
  check?: (actor: PolicyActor, record: R) => string | null,
  refusal?: string,
): Rule<R> => ({
  roles,
  check,
  refusal,
});

const notAllowed = "Your account is not allowed to do that.";

export type Policy<T extends Rules> = {
  readonly rules: T;
  /** The verdict with its reason. Without a record, only the role is judged ("could this actor ever?"). */
  decide<A extends keyof T & string>(actor: PolicyActor | null, action: A, record?: RecordOf<T[A]>): Decision;
  can<A extends keyof T & string>(actor: PolicyActor | null, action: A, record?: RecordOf<T[A]>): boolean;
  /** Throws Forbidden unless the actor's role may ever do this: the first line of a use case. */
  assertRole(actor: PolicyActor | null, action: keyof T & string): void;
  /** Throws Forbidden with the rule's reason, once the record the rule judges is loaded. */
  assertCan<A extends keyof T & string>(
    actor: PolicyActor | null,
    action: A,
    ...record: RecordOf<T[A]> extends void ? [] : [RecordOf<T[A]>]
  ): void;
};

export function definePolicy<T extends Rules>(rules: T): Policy<T> {
  const decide = (actor: PolicyActor | null, action: keyof T & string, record?: unknown): Decision => {
    const found = rules[action] as Rule<unknown> | undefined;
    if (!actor || !found) return { allowed: false, reason: notAllowed };
    if (!found.roles.includes(actor.role)) return { allowed: false, reason: found.refusal ?? notAllowed };
    if (actor.mustEnrolSecondFactor && !found.beforeSecondFactor) return { allowed: false, reason: enrolFirst };
    if (record === undefined || !found.check) return { allowed: true };
    const reason = found.check(actor, record);
    return reason === null ? { allowed: true } : { allowed: false, reason };
  };
  return {
    rules,
    decide: decide as Policy<T>["decide"],
    can: ((actor, action, record) => decide(actor, action, record).allowed) as Policy<T>["can"],
    assertRole: (actor, action) => {
      const verdict = decide(actor, action);
      if (!verdict.allowed) throw new Forbidden(verdict.reason);
    },
    assertCan: ((actor: PolicyActor | null, action: keyof T & string, ...record: unknown[]) => {
      const found = rules[action] as Rule<unknown> | undefined;
      // A rule with a check must see its record: asserting the role alone would skip ownership.
      if (found?.check && record.length === 0) throw new Error(`assertCan(${action}) needs the record its rule checks`);
      const verdict = decide(actor, action, record[0]);
      if (!verdict.allowed) throw new Forbidden(verdict.reason);
    }) as Policy<T>["assertCan"],
  };
}

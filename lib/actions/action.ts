import "server-only";
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { getActor, type Actor } from "@/lib/auth/session";
import { DomainError } from "./errors";
import type { FieldErrors, FormAction, FormState } from "./form-state";

/** Marks functions built here; a test fails if an exported server action lacks it. */
export const WRAPPED_ACTION: unique symbol = Symbol.for("clinic.wrapped-action") as never;

type WrappedAction = FormAction & { [WRAPPED_ACTION]?: true };

/** Repeated keys become arrays; files are dropped (no action here takes uploads). */
function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return out;
}

/** What was typed, minus secrets, so a form rendered again without JavaScript keeps its values. */
function echoValues(input: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => typeof value === "string" && !/password|token|secret/i.test(key)),
  ) as Record<string, string>;
}

const failure = (message: string, fieldErrors: FieldErrors = {}, values?: Record<string, string>): FormState => ({
  status: "error",
  message,
  fieldErrors,
  values,
});

function build<S extends z.ZodType, A extends Actor | null>(
  access: { roles: Role[] } | "public",
  schema: S,
  handler: (input: z.output<S>, actor: A) => Promise<FormState | void>,
): WrappedAction {
  const action: WrappedAction = async (_previous, formData) => {
    const raw = formDataToObject(formData);
    const values = echoValues(raw);
    const actor = await getActor();
    if (access !== "public") {
      if (!actor) return failure("Your session has ended. Please sign in again.", {}, values);
      if (!access.roles.includes(actor.role)) return failure("Your account is not allowed to do that.", {}, values);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return failure("Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors, values);
    }
    try {
      return (await handler(parsed.data, actor as A)) ?? { status: "success", message: "Saved." };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ...failure(error.message, error.field ? { [error.field]: [error.message] } : {}, values), links: error.links };
      }
      throw error; // redirects, notFound() and bugs go on to Next.js
    }
  };
  action[WRAPPED_ACTION] = true;
  return action;
}

/** An action anyone may call (sign-in, registration): parse → act. */
export function publicAction<S extends z.ZodType>(schema: S, handler: (input: z.output<S>, actor: Actor | null) => Promise<FormState | void>) {
  return build("public", schema, handler);
}

/** An action for signed-in users of the given roles: authenticate → authorize role → parse → act. */
export function roleAction<S extends z.ZodType>(roles: Role[], schema: S, handler: (input: z.output<S>, actor: Actor) => Promise<FormState | void>) {
  return build<S, Actor>({ roles }, schema, handler);
}

import "server-only";
import { z } from "@/lib/i18n/zod";
import { getActor, type Actor } from "@/lib/auth/session";
import { DomainError, FieldErrorsError, Forbidden } from "@/lib/errors/domain-error";
import { recordRefusal } from "@/lib/audit/refusal";
import { messagesForRequest, type ShowMessage } from "@/lib/i18n/request-translator";
import { enrolFirst, type Policy, type Rules } from "@/lib/policy/define";
import type { FieldErrors, FormAction, FormState } from "./form-state";

/** Marks functions built here; a test fails if an exported server action lacks it. */
export const WRAPPED_ACTION: unique symbol = Symbol.for("clinic.wrapped-action") as typeof WRAPPED_ACTION;

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
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string" && !/password|token|secret/i.test(key)) kept[key] = value;
  }
  return kept;
}

const failure = (message: string, fieldErrors: FieldErrors = {}, values?: Record<string, string>): FormState => ({
  status: "error",
  message,
  fieldErrors,
  values,
});

/** Every field's messages in the reader's language. */
const showAll = (show: ShowMessage, errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages?.map(show)]));

/** An expected failure of the use case as the form shows it, in the reader's language. */
function domainFailure(error: DomainError, values: Record<string, string>, show: ShowMessage): FormState {
  if (error instanceof FieldErrorsError) return failure(show(error.key), showAll(show, error.fieldErrors), values);
  const message = show(error.key);
  const fieldErrors = error.field ? { [error.field]: [message] } : {};
  return { status: "error", message, fieldErrors, values, links: error.links };
}

/** A result the handler returned, its messages (keys or text) in the reader's language. */
function shownState(state: FormState, show: ShowMessage): FormState {
  if (state.status === "success") return { ...state, message: show(state.message) };
  if (state.status === "error")
    return { ...state, message: show(state.message), fieldErrors: showAll(show, state.fieldErrors) };
  return state;
}

type Gate = { rule: string; allows: (actor: Actor | null) => boolean } | "public";

function build<S extends z.ZodType, A extends Actor | null>(
  gate: Gate,
  schema: S,
  handler: (input: z.output<S>, actor: A) => Promise<FormState | void>,
): WrappedAction {
  const action: WrappedAction = async (_previous, formData) => {
    // proxy.ts answers such calls with 400 before they get here (lib/http/request-check.ts);
    // this keeps a forged call from reaching the parser if that check is ever bypassed.
    if (!(formData instanceof FormData)) return failure((await messagesForRequest())("errors.malformedForm"));
    const raw = formDataToObject(formData);
    const values = echoValues(raw);
    const [actor, show] = await Promise.all([getActor(), messagesForRequest()]);
    if (gate !== "public") {
      if (!actor) return failure(show("errors.sessionEnded"), {}, values);
      // The role part of the capability's rule, before anything is parsed or loaded; the use case
      // then asserts the whole rule on the record it loads.
      if (!gate.allows(actor)) {
        if (!actor.mustEnrolSecondFactor)
          await recordRefusal({ actorId: actor.id, action: "access.denied", detail: { rule: gate.rule } });
        return failure(show(actor.mustEnrolSecondFactor ? enrolFirst : "errors.notAllowed"), {}, values);
      }
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return failure(show("errors.correctFields"), showAll(show, z.flattenError(parsed.error).fieldErrors), values);
    }
    try {
      return shownState((await handler(parsed.data, actor as A)) ?? { status: "success", message: "Saved." }, show);
    } catch (error) {
      if (error instanceof Forbidden)
        await recordRefusal({
          actorId: actor?.id ?? null,
          action: "access.denied",
          detail: { ...(gate === "public" ? {} : { rule: gate.rule }), reason: error.message },
        });
      if (error instanceof DomainError) return domainFailure(error, values, show);
      throw error; // redirects, notFound() and bugs go on to Next.js
    }
  };
  action[WRAPPED_ACTION] = true;
  return action;
}

/** An action anyone may call (sign-in, registration, emailed links): parse → act. */
export function publicAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.output<S>, actor: Actor | null) => Promise<FormState | void>,
) {
  return build("public", schema, handler);
}

/**
 * An action of one capability: authenticate → the policy's rule for `name` (its roles) → parse → act.
 * The handler's use case asserts the full rule (ownership, state) once it has loaded the record.
 */
export function policyAction<R extends Rules, S extends z.ZodType>(
  policy: Policy<R>,
  name: keyof R & string,
  schema: S,
  handler: (input: z.output<S>, actor: Actor) => Promise<FormState | void>,
) {
  return build<S, Actor>({ rule: name, allows: (actor) => policy.can(actor, name) }, schema, handler);
}

import "server-only";
import { z } from "@/lib/i18n/zod";
import { getActor, type Actor } from "@/lib/auth/session";
import { isCronAuthorized } from "@/lib/cron/authorize";
import { DomainError, FieldErrorsError, Forbidden, NotFound } from "@/lib/errors/domain-error";
import { messagesForRequest } from "@/lib/i18n/request-translator";
import { enrolFirst, type Policy, type Rules } from "@/lib/policy/define";
import { BODY_LIMIT_BYTES, oversizedBody } from "@/lib/http/request-check";
import { recordRefusal } from "@/lib/audit/refusal";

/** Marks handlers built here; a test fails if an exported route handler lacks it. */
export const WRAPPED_ROUTE: unique symbol = Symbol.for("clinic.wrapped-route") as typeof WRAPPED_ROUTE;

/**
 * Who may call a route: anyone (the handler checks its own secret, e.g. a feed token), the
 * scheduler with CRON_SECRET, or signed-in users the capability's rule allows.
 */
export type RouteAccess<R extends Rules = Rules> = "public" | "cron" | { policy: Policy<R>; name: keyof R & string };

type RouteContext<A, P, Q> = { request: Request; actor: A; params: P; query: Q };
type Parsers<P, Q> = { params?: P; query?: Q };
/** A route without params or query parses them as an empty object. */
type NoInput = z.ZodObject<Record<never, z.ZodType>>;
type Handler<A, P extends z.ZodType, Q extends z.ZodType> = (
  context: RouteContext<A, z.output<P>, z.output<Q>>,
) => Promise<Response>;
type NextContext = { params: Promise<unknown> };
export type RouteHandler = ((request: Request, context: NextContext) => Promise<Response>) & { [WRAPPED_ROUTE]?: true };

/** RFC 9457 problem details: every refusal a route gives has this one shape. */
export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): Response {
  return Response.json(
    { type: "about:blank", title, status, ...extra },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers } },
  );
}

/** The query string as an object; a repeated key becomes an array, which a scalar field then refuses. */
function queryObject(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return out;
}

async function authorize(
  access: RouteAccess,
  request: Request,
): Promise<{ actor: Actor | null } | { refusal: Response }> {
  if (access === "public") return { actor: null };
  if (access === "cron") {
    if (isCronAuthorized(request.headers.get("authorization"), process.env.CRON_SECRET)) return { actor: null };
    return { refusal: problem(401, "Unauthorized", {}, { "WWW-Authenticate": "Bearer" }) };
  }
  const actor = await getActor();
  if (!actor) return { refusal: problem(401, "Sign in first.") };
  const verdict = access.policy.decide(actor, access.name);
  if (!verdict.allowed) {
    if (verdict.reason === enrolFirst) return { refusal: problem(403, (await messagesForRequest())(enrolFirst)) };
    await recordRefusal({
      actorId: actor.id,
      action: "access.denied",
      detail: { rule: access.name, path: new URL(request.url).pathname },
    });
    return { refusal: problem(403, "Your account is not allowed to do that.") };
  }
  return { actor };
}

/** A use case's expected failure as a status code, its title in the caller's language. */
async function refusalFor(error: DomainError): Promise<Response> {
  const show = await messagesForRequest();
  const title = show(error.key);
  if (error instanceof Forbidden) return problem(403, title);
  if (error instanceof NotFound) return problem(404, title);
  if (error instanceof FieldErrorsError) {
    const errors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.map(show)]),
    );
    return problem(400, title, { errors });
  }
  return problem(400, title, error.field ? { errors: { [error.field]: [title] } } : {});
}

/**
 * The one way to write a route handler: authorize → parse the path's params (malformed → 404) and
 * the query (malformed → 400 with the fields) → run. Expected failures become 4xx problem details.
 */
export function route<P extends z.ZodType = NoInput, Q extends z.ZodType = NoInput>(
  options: { access: "public" | "cron" } & Parsers<P, Q>,
  handler: Handler<null, P, Q>,
): RouteHandler;
export function route<R extends Rules, P extends z.ZodType = NoInput, Q extends z.ZodType = NoInput>(
  options: { access: { policy: Policy<R>; name: keyof R & string } } & Parsers<P, Q>,
  handler: Handler<Actor, P, Q>,
): RouteHandler;
// The overloads above type the handler's context; any handler fits `(context: never)`.
export function route(
  options: { access: RouteAccess } & Parsers<z.ZodType, z.ZodType>,
  handler: (context: never) => Promise<Response>,
): RouteHandler {
  const run = handler as (context: RouteContext<Actor | null, unknown, unknown>) => Promise<Response>;
  const wrapped: RouteHandler = async (request, context) => {
    if (oversizedBody(request)) return problem(413, `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`);
    const access = await authorize(options.access, request);
    if ("refusal" in access) return access.refusal;
    const params = (options.params ?? z.object({})).safeParse((await context?.params) ?? {});
    if (!params.success) return problem(404, "Not found.");
    const query = (options.query ?? z.object({})).safeParse(queryObject(request.url));
    if (!query.success)
      return problem(400, "Some parameters are not valid.", { errors: z.flattenError(query.error).fieldErrors });
    try {
      return await run({ request, actor: access.actor, params: params.data, query: query.data });
    } catch (error) {
      if (error instanceof Forbidden)
        await recordRefusal({
          actorId: access.actor?.id ?? null,
          action: "access.denied",
          detail: { path: new URL(request.url).pathname, reason: error.message },
        });
      if (error instanceof DomainError) return await refusalFor(error);
      throw error;
    }
  };
  wrapped[WRAPPED_ROUTE] = true;
  return wrapped;
}

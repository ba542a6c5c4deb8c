import "server-only";
import { isCronAuthorized } from "./authorize";

/** A cron route: the secret is checked first (401 otherwise), then the one use case runs. */
export function cronRoute(job: () => Promise<unknown>) {
  return async (request: Request): Promise<Response> => {
    if (!isCronAuthorized(request.headers.get("authorization"), process.env.CRON_SECRET)) {
      return Response.json({ error: "Unauthorized" }, { status: 401, headers: { "WWW-Authenticate": "Bearer" } });
    }
    return Response.json(await job(), { headers: { "Cache-Control": "no-store" } });
  };
}

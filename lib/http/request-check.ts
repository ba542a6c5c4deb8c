// Checks made in proxy.ts before Next.js decodes a request, for what the action wrapper cannot turn
// into a status code: a body over the limit (Next answers a server action's 413 as a 500) and a
// server-action call whose second argument is not form data (every action here is
// `(previousState, formData)`, as useActionState calls it). Both get problem details, not a 500.
import { NextResponse } from "next/server";

/** The largest request body the app accepts; next.config.ts gives Next's own action limit the same. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const problem = (status: number, title: string) =>
  NextResponse.json(
    { type: "about:blank", title, status },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } },
  );

const tooLarge = () => problem(413, "The request body is larger than 1 MB.");

/** A body declared larger than the limit. Without a Content-Length nothing is read here: see below. */
export function oversizedBody(request: Request): boolean {
  const declared = request.headers.get("content-length");
  return declared !== null && Number(declared) > BODY_LIMIT_BYTES;
}

/**
 * How React encodes `action(previousState, formData)`: a multipart body whose field "0" is the
 * argument list, `[state, "$K<n>"]`, the form's own fields prefixed with the reference.
 */
function isFormActionCall(form: FormData): boolean {
  const args = form.get("0");
  if (typeof args !== "string") return false;
  try {
    const parsed = JSON.parse(args) as unknown;
    return Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === "string" && /^\$K\d+$/.test(parsed[1]);
  } catch {
    return false;
  }
}

/** A refusal for a malformed request to a page, or null to let it through. */
export async function malformedRequest(request: Request): Promise<Response | null> {
  if (oversizedBody(request)) return tooLarge();
  // Browsers send a Content-Length with every form post; a chunked body of unknown size would have
  // to be read here to be measured, and Next answers one over its limit with a 500.
  if (request.method === "POST" && request.headers.get("content-length") === null)
    return problem(411, "A Content-Length is required.");
  // A form posted without JavaScript carries no Next-Action header; Next builds its FormData itself.
  if (request.method !== "POST" || !request.headers.get("next-action")) return null;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return problem(400, "A form action needs form data.");
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  if (!form || !isFormActionCall(form)) return problem(400, "A form action needs form data.");
  return null;
}

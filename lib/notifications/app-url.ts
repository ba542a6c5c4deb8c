import "server-only";

/**
 * The public origin put into emailed links. APP_URL wins; AUTH_URL (Auth.js's own setting) next;
 * otherwise the local server, so `npm run dev` and `npm start` work without configuration.
 */
export function appUrl(path = "/"): string {
  const origin = process.env.APP_URL || process.env.AUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
  return new URL(path, origin.endsWith("/") ? origin : `${origin}/`).toString();
}

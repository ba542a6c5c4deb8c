// The caller's IP address for rate limits and the audit trail. X-Forwarded-For is written by whoever
// sends the request, so it is believed only when TRUST_PROXY says a proxy of ours sets it; otherwise
// the socket's address, stamped on every request by stampPeerAddress (instrumentation.ts), is used.
import http from "node:http";

type HeaderSource = Pick<Headers, "get">;

/** Set from the socket on every request, overwriting anything a client sent under that name. */
const PEER_HEADER = "x-clinic-peer-address";

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  // An IPv6 address with a zone fits in 64 characters; anything else is not an address.
  if (!trimmed || trimmed.length > 64 || !/^[0-9A-Fa-f:.%]+$/.test(trimmed)) return null;
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/** How many proxies of ours stand in front of the app: TRUST_PROXY=1 / true, or a count. */
function trustedHops(): number {
  const trust = process.env.TRUST_PROXY?.trim().toLowerCase();
  if (trust === "true") return 1;
  const hops = Number.parseInt(trust ?? "", 10);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * Behind n trusted proxies, the n-th X-Forwarded-For entry from the right is the client as our
 * outermost proxy saw it (entries further left are the client's own claims). Without TRUST_PROXY,
 * the peer address of the connection.
 */
export function clientIp(headers: HeaderSource): string | null {
  const hops = trustedHops();
  if (hops > 0) {
    const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim());
    return clean(chain[Math.max(0, chain.length - hops)]);
  }
  return clean(headers.get(PEER_HEADER));
}

/**
 * Next's server keeps a client-sent X-Forwarded-For and passes no socket to route handlers, so the
 * connection's address is copied into a header of our own before Next sees the request.
 */
export function stampPeerAddress(): void {
  const marker = Symbol.for("clinic.peer-address-stamped");
  const proto = http.Server.prototype as http.Server & { [marker]?: true };
  if (proto[marker]) return;
  proto[marker] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
}

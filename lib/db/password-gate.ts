// pglite-socket answers every startup message with AuthenticationOk: any user name and any password
// get a superuser session. This gate listens on the public loopback port instead, runs PostgreSQL's
// SCRAM-SHA-256 password exchange itself, and only then connects the client to PGlite's socket,
// which listens on a Unix socket in a private (0700) folder that other local users cannot reach.
import net from "node:net";
import { timingSafeEqual } from "node:crypto";
import { scramSecret, startScram, type ScramExchange } from "./scram";

const PROTOCOL_3 = 196_608;
const SSL_REQUEST = 80_877_103;
const GSS_REQUEST = 80_877_104;
const HANDSHAKE_MS = 10_000;
const MAX_STARTUP_BYTES = 10_000;

export type PasswordGate = { port: number; stop: () => Promise<void> };

function authentication(code: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(9);
  head.write("R", 0);
  head.writeInt32BE(8 + payload.length, 1);
  head.writeInt32BE(code, 5);
  return Buffer.concat([head, payload]);
}

/** A FATAL ErrorResponse, as a real server sends for a refused password (SQLSTATE 28P01). */
function fatal(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

/** Startup parameters: "user\0postgres\0database\0postgres\0\0" after the length and version. */
function startupParameters(message: Buffer): Map<string, string> {
  const parts = message.subarray(8).toString("utf8").split("\0");
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) out.set(parts[i]!, parts[i + 1]!);
  return out;
}

const sameText = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

function guard(client: net.Socket, options: { user: string; password: string; upstream: string }) {
  const secret = scramSecret(options.password);
  let buffer = Buffer.alloc(0);
  let startup: Buffer | null = null;
  let user = "";
  let exchange: ScramExchange | null = null;
  const refuse = (message = `password authentication failed for user "${user}"`) => {
    client.end(fatal("28P01", message));
  };
  const timer = setTimeout(() => client.destroy(), HANDSHAKE_MS);

  const connectUpstream = (rest: Buffer) => {
    clearTimeout(timer);
    client.removeAllListeners("data");
    client.pause();
    const upstream = net.connect(options.upstream, () => {
      upstream.write(startup!); // PGlite answers AuthenticationOk, parameters and ReadyForQuery
      if (rest.length) upstream.write(rest);
      upstream.pipe(client);
      client.pipe(upstream);
      client.resume();
    });
    upstream.on("error", () => client.destroy());
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
  };

  /** Handles one complete message at the start of the buffer; false when more bytes are needed. */
  const step = (): boolean => {
    if (!startup) {
      if (buffer.length < 8) return false;
      const length = buffer.readInt32BE(0);
      const code = buffer.readInt32BE(4);
      if (length === 8 && (code === SSL_REQUEST || code === GSS_REQUEST)) {
        client.write("N"); // no TLS on loopback; the client goes on in plain text
        buffer = buffer.subarray(8);
        return true;
      }
      if (code !== PROTOCOL_3 || length < 8 || length > MAX_STARTUP_BYTES) {
        client.destroy();
        return false;
      }
      if (buffer.length < length) return false;
      startup = Buffer.from(buffer.subarray(0, length));
      buffer = buffer.subarray(length);
      user = startupParameters(startup).get("user") ?? "";
      const mechanisms = Buffer.from("SCRAM-SHA-256\0\0");
      client.write(authentication(10, mechanisms));
      return true;
    }
    if (buffer.length < 5) return false;
    const length = buffer.readInt32BE(1);
    if (buffer[0] !== 0x70 || length < 4 || length > MAX_STARTUP_BYTES) {
      refuse();
      return false;
    }
    if (buffer.length < length + 1) return false;
    const body = buffer.subarray(5, length + 1);
    buffer = buffer.subarray(length + 1);
    if (!exchange) {
      // SASLInitialResponse: mechanism name, then the client-first-message with its length.
      const end = body.indexOf(0);
      if (end === -1 || body.subarray(0, end).toString() !== "SCRAM-SHA-256" || body.length < end + 5) {
        refuse();
        return false;
      }
      exchange = startScram(secret, body.subarray(end + 5).toString("utf8"));
      if (!exchange.serverFirst) {
        refuse();
        return false;
      }
      client.write(authentication(11, Buffer.from(exchange.serverFirst)));
      return true;
    }
    const serverFinal = exchange.finish(body.toString("utf8"));
    // The user name is checked too, after the proof, so both failures look the same.
    if (!serverFinal || !sameText(user, options.user)) {
      refuse();
      return false;
    }
    client.write(authentication(12, Buffer.from(serverFinal)));
    connectUpstream(buffer);
    return false;
  };

  client.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (!client.destroyed && step());
  });
  client.on("error", () => client.destroy());
  client.on("close", () => clearTimeout(timer));
}

/** Listens on `host:port` (0: any free port) and lets through only `user` with `password`. */
export async function startPasswordGate(options: {
  host: string;
  port: number;
  user: string;
  password: string;
  upstream: string;
}): Promise<PasswordGate> {
  const clients = new Set<net.Socket>();
  const server = net.createServer((client) => {
    clients.add(client);
    client.on("close", () => clients.delete(client));
    guard(client, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.destroy();
        server.close(() => resolve());
      }),
  };
}

// Secrets a development machine keeps in its data folder, made once, so a restart (and a seed run
// separately with `npm run db:seed`) sees the same ones.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataRoot } from "./paths";

export async function developmentSecret(name = "auth-secret"): Promise<string> {
  const file = path.join(dataRoot(), name);
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataRoot(), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

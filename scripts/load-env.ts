import nextEnv from "@next/env";
import { projectRoot } from "@/lib/db/migrations";

/** Reads .env files the way Next does, so scripts and the app see the same configuration. */
export function loadEnv(dev = process.env.NODE_ENV !== "production") {
  nextEnv.loadEnvConfig(projectRoot, dev, { info: () => {}, error: console.error });
}

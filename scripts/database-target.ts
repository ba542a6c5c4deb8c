// Which database a script works on: DATABASE_URL when set, else the embedded one in its data folder.
import { loadEnv } from "./load-env";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { embeddedDataDir } from "./paths";

/**
 * Runs a one-shot script against the target database, then exits: the schema engine leaves
 * idle pg handles behind that would otherwise keep the process alive for about ten seconds.
 */
export async function runOnDatabase(work: (url: string, label: string) => Promise<void>): Promise<never> {
  try {
    await withDatabase(work);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

export async function withDatabase(work: (url: string, label: string) => Promise<void>): Promise<void> {
  loadEnv();
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await work(configured, "DATABASE_URL");
    return;
  }
  const embedded = await startEmbeddedDatabase({ dataDir: embeddedDataDir() });
  try {
    await work(embedded.url, `the embedded database (${embeddedDataDir()})`);
  } finally {
    await embedded.stop();
  }
}

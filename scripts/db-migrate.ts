// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded database
// when DATABASE_URL is unset. Offline; records them in _prisma_migrations like `prisma migrate deploy`.
import { runOnDatabase } from "./database-target";
import { applyMigrations } from "@/lib/db/migrations";

await runOnDatabase(async (url, label) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied to ${label}: ${applied.join(", ")}` : `${label} is up to date.`);
});

// `npm run db:check`: fails when schema.prisma and prisma/migrations disagree, so a model edited
// without a migration (or a migration edited by hand) is caught before it reaches a database.
import { findSchemaDrift } from "@/lib/db/drift";

const drift = await findSchemaDrift();
if (drift.length === 0) {
  console.log("schema.prisma and prisma/migrations agree.");
} else {
  console.error("schema.prisma and prisma/migrations disagree:");
  for (const line of drift) console.error(`  - ${line}`);
  console.error("\nIf schema.prisma is right, write a migration: npm run db:migration -- <name>");
}
// Exit now: the schema engine's pg pool would otherwise hold the process open for its idle timeout.
process.exit(drift.length === 0 ? 0 : 1);

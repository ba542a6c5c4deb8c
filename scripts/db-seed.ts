// `npm run db:seed`: fills DATABASE_URL (or the embedded database) with the demo clinic, once.
// Run `npm run db:migrate` first; a database that already has a clinic is left alone.
import { runOnDatabase } from "./database-target";
import { developmentSecret } from "./development-secret";
import { loadEnv } from "./load-env";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_PASSWORD, seedDemoClinic } from "@/lib/seed/demo-clinic";

// The demo staff's authenticator key is sealed with AUTH_SECRET: the same one the app will run with.
loadEnv();
process.env.AUTH_SECRET ||= await developmentSecret();

await runOnDatabase(async (url, label) => {
  const db = createPrismaClient(url);
  try {
    const { seeded } = await seedDemoClinic(db);
    if (seeded) {
      const users = await db.user.count();
      console.log(
        `Seeded the demo clinic (${users} users) into ${label}. Every demo account's password is ${DEMO_PASSWORD}`,
      );
    } else {
      console.log("The database already has a clinic: not seeding again.");
    }
  } finally {
    await db.$disconnect();
  }
});

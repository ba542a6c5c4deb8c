import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import pg from "pg";
import { DEMO_PASSWORD } from "../lib/db/seed";
import { e2eDatabasePort } from "../playwright.config";

export const demo = {
  PATIENT: { email: "jane.doe@example.test", home: "/patient", name: "Jane Doe" },
  DOCTOR: { email: "dr.patel@clinic.test", home: "/doctor", name: "Priya Patel" },
  ADMIN: { email: "admin@clinic.test", home: "/admin", name: "Alex Morgan" },
} as const;

export type DemoRole = keyof typeof demo;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fails the test on any WCAG 2.1 A/AA violation axe finds on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The e2e server's embedded database, for arranging what the UI cannot (e.g. deactivating a user). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${e2eDatabasePort}/postgres` });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The single number a counting query returns. */
export async function sqlCount(text: string, values: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: number }>(text, values);
  if (!row) throw new Error(`No row from: ${text}`);
  return Number(row.n);
}

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      await page.goto("/login");
      await signIn(page, demo[role].email);
      await expect(page).toHaveURL(new RegExp(`${demo[role].home}$`));
    });
  },
});

export { expect };

import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import pg from "pg";
import { generateSync } from "otplib";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "@/lib/seed/demo-clinic";
import { e2eDatabasePort } from "../playwright.config";

export const demo = {
  PATIENT: { email: "jane.doe@example.test", home: "/patient", name: "Jane Doe" },
  DOCTOR: { email: "dr.patel@clinic.test", home: "/doctor", name: "Priya Patel" },
  ADMIN: { email: "admin@clinic.test", home: "/admin", name: "Alex Morgan" },
} as const;

export type DemoRole = keyof typeof demo;

/** Seeded staff have a second factor with the README's authenticator key. */
const staffEmails = new Set(DEMO_ACCOUNTS.filter((a) => a.role !== "PATIENT").map((a) => a.email));

/**
 * The demo key's code for a time step the server has not accepted yet for this account: a code
 * is refused the second time (replay), so two sign-ins of one account within 30 s take the next
 * step's code, and a third waits for the clock. The server accepts one step either side of now.
 */
export async function freshDemoCode(email: string): Promise<string> {
  for (;;) {
    const [row] = await sql<{ step: number | null }>("SELECT mfa_last_time_step AS step FROM users WHERE email = $1", [
      email,
    ]);
    const now = Math.floor(Date.now() / 30_000);
    const step = [now, now + 1].find((candidate) => candidate > (row?.step ?? -1));
    if (step !== undefined) return generateSync({ secret: DEMO_TOTP_SECRET, epoch: step * 30 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The second step of signing in: the form asks for the code after a right password. */
export async function enterSignInCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (staffEmails.has(email) && password === DEMO_PASSWORD) await enterSignInCode(page, await freshDemoCode(email));
}

/** Registers a fresh patient through the form and leaves them signed in on their dashboard. */
export async function registerNewPatient(page: Page, name: string, password = "Bright-meadow-88"): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/register");
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Phone").fill("+44 20 7946 0123");
  await page.getByLabel("Date of birth").fill("1991-05-17");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/patient\?welcome=1$/);
  return email;
}

/** Answers "yes" in the confirmation dialog an irreversible action opens (its focus is trapped there). */
export async function confirmInDialog(page: Page, confirmLabel: string) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel }).click();
  await expect(dialog).toBeHidden();
}

/** Fails the test on any WCAG 2.1 A/AA violation axe finds on the current page. */
export async function expectAccessible(page: Page) {
  // After a server action the page re-renders and Next streams <title> in with the metadata; check
  // the settled page, not the instant in between.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The password the e2e server's embedded database generated into its data folder (playwright.config.ts). */
const e2eDatabasePassword = () => readFileSync(".data/e2e/embedded-db-password", "utf8").trim();

/** The e2e server's embedded database, for arranging what the UI cannot (e.g. deactivating a user). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    connectionString: `postgresql://postgres:${e2eDatabasePassword()}@127.0.0.1:${e2eDatabasePort}/postgres`,
  });
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

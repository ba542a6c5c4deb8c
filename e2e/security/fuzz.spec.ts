// Malformed input against the running app, called the way browsers and Next's client call it:
// every page that reads query parameters (and the CSV exports) with a corpus of bad values, and
// every server action (found in the source by tests/support/endpoint-scan.ts, its id taken from
// Next's build manifest) with bad form data, bad argument shapes and an oversized body.
// Requires no 500 and no error-boundary page anywhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import { isActionModule, root } from "../../tests/support/endpoint-scan";
import { demo, expect, signIn, sql, test, type DemoRole } from "../fixtures";

// React's own encoder, as the browser uses it, so the calls are shaped exactly like Next's.
const { encodeReply } = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-turbopack/client.node.js",
) as { encodeReply: (value: unknown) => Promise<FormData | string> };

const pageValues = [
  "",
  "a\u0000b",
  "%0A\r\n",
  "\u202Eevil\u200F مرحبا 👩‍⚕️",
  "-99999999999999999999",
  "1e309",
  "2026-02-30",
  "not-a-uuid",
  "x".repeat(4000),
];

const fieldValues = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "line\r\nbreak\u0007",
  "\u202Eevil 👩‍⚕️🩺",
  "-1",
  "99999999999999999999999",
  "1e309",
  "NaN",
  "2026-02-30",
  "2026-13-45T25:61",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "true",
  "[]",
  "{}",
  "x".repeat(10_000),
];

const fields = [
  "appointmentId",
  "doctorId",
  "userId",
  "leaveId",
  "specialtyId",
  "holidayId",
  "messageId",
  "patientId",
  "name",
  "email",
  "password",
  "confirmPassword",
  "phone",
  "dateOfBirth",
  "reason",
  "cancelReason",
  "note",
  "body",
  "bio",
  "location",
  "licenseNumber",
  "fee",
  "yearsOfExperience",
  "slotMinutes",
  "bufferBeforeMin",
  "bufferAfterMin",
  "intervals",
  "start",
  "startsAt",
  "endsAt",
  "date",
  "token",
  "action",
  "active",
  "role",
  "locale",
  "returnTo",
  "callbackUrl",
  "strandedChoice",
  "acknowledged",
  "address",
  "timeZone",
  "cancellationCutoffHours",
  "minNoticeMinutes",
  "bookingWindowDays",
  "requireDoctorConfirmation",
  "reminderLeadMinutes",
  "acceptingPatients",
];

type Failure = string;

async function signedIn(browser: Browser, role: DemoRole | null): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (role) {
    const page = await context.newPage();
    await page.goto("/login");
    await signIn(page, demo[role].email);
    await page.waitForURL(new RegExp(`${demo[role].home}$`), { timeout: 90_000 });
    await page.close();
  }
  return context.request;
}

/** Runs `work` over `items`, a few at a time (the server is shared with other checks). */
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, size = 3) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

function withParams(pathname: string, params: string[], value: string, repeat = false): string {
  const query = new URLSearchParams();
  for (const name of params) {
    query.append(name, value);
    if (repeat) query.append(name, "other");
  }
  return `${pathname}?${query.toString()}`;
}

async function pagesOf(role: DemoRole | null): Promise<[string, string[]][]> {
  const bad = "00000000-0000-4000-8000-000000000000";
  if (role === null)
    return [
      ["/login", ["callbackUrl", "signedOut", "passwordSet"]],
      ["/register", []],
      ["/forgot-password", []],
      ["/reset-password/not-a-token", []],
      [`/manage/${"x".repeat(30)}`, []],
      [`/manage/${"x".repeat(30)}/reschedule`, ["week"]],
      [`/manage/${"x".repeat(30)}/reschedule/confirm`, ["start"]],
      ["/manage/done", ["result"]],
    ];
  if (role === "PATIENT") {
    const [visit] = await sql<{ id: string; doctor_id: string }>(
      `SELECT a.id, a.doctor_id FROM appointments a JOIN patient_profiles p ON p.id = a.patient_id
       JOIN users u ON u.id = p.user_id WHERE u.email = $1 ORDER BY a.starts_at DESC LIMIT 1`,
      [demo.PATIENT.email],
    );
    return [
      ["/patient", ["welcome"]],
      ["/patient/doctors", ["q", "specialty", "minFee", "maxFee", "minYears", "within", "sort", "page"]],
      [`/patient/doctors/${visit!.doctor_id}`, ["week"]],
      [`/patient/doctors/${bad}`, ["week"]],
      ["/patient/book", ["doctorId", "start"]],
      [`/patient/appointments/${visit!.id}`, ["booked", "moved", "cancelled"]],
      [`/patient/appointments/${visit!.id}/reschedule`, ["week"]],
      [`/patient/appointments/${visit!.id}/reschedule/confirm`, ["start"]],
      [`/patient/appointments/not-a-uuid`, []],
    ];
  }
  if (role === "DOCTOR") {
    const [visit] = await sql<{ id: string; patient_id: string }>(
      `SELECT a.id, a.patient_id FROM appointments a JOIN doctor_profiles d ON d.id = a.doctor_id
       JOIN users u ON u.id = d.user_id WHERE u.email = $1 ORDER BY a.starts_at DESC LIMIT 1`,
      [demo.DOCTOR.email],
    );
    return [
      ["/doctor/agenda", ["view", "date"]],
      ["/doctor/report", ["month"]],
      [`/doctor/appointments/${visit!.id}`, ["done"]],
      [`/doctor/appointments/${visit!.id}/reschedule`, ["week"]],
      [`/doctor/appointments/${visit!.id}/reschedule/confirm`, ["start"]],
      [`/doctor/patients/${visit!.patient_id}`, []],
      [`/doctor/patients/not-a-uuid`, []],
    ];
  }
  const [visit] = await sql<{ id: string; doctor_id: string; patient_id: string }>(
    "SELECT id, doctor_id, patient_id FROM appointments ORDER BY starts_at DESC LIMIT 1",
  );
  const [user] = await sql<{ id: string }>("SELECT id FROM users ORDER BY email LIMIT 1");
  const list = ["from", "to", "doctorId", "specialtyId", "status", "patient", "sort", "page"];
  return [
    ["/admin/users", ["q", "role", "status", "page"]],
    [`/admin/users/${user!.id}`, ["created", "done"]],
    ["/admin/audit", ["action", "actor", "entityType", "entityId", "from", "to", "page"]],
    ["/admin/appointments", list],
    ["/admin/appointments/export", list],
    [`/admin/appointments/${visit!.id}`, ["done"]],
    [`/admin/appointments/${visit!.id}/reschedule`, ["week"]],
    [`/admin/appointments/${visit!.id}/reschedule/confirm`, ["start"]],
    ["/admin/reports", ["month", "from", "to"]],
    ["/admin/reports/export", ["month", "from", "to"]],
    ["/admin/mailbox", ["page"]],
    ["/admin/outbox", ["status", "page", "retried"]],
    [`/admin/doctors/${visit!.doctor_id}/hours`, []],
    [`/admin/doctors/${visit!.doctor_id}/profile`, []],
    [`/admin/patients/${visit!.patient_id}`, []],
    [`/admin/mailbox/not-a-uuid`, []],
  ];
}

const roles: (DemoRole | null)[] = [null, "PATIENT", "DOCTOR", "ADMIN"];

async function check(failures: Failure[], label: string, response: { status(): number; text(): Promise<string> }) {
  const status = response.status();
  const body = await response.text();
  if (status >= 500) failures.push(`${status} ${label}`);
  else if (body.includes('data-testid="error-page"')) failures.push(`error page ${label}`);
  else if (/^\d+:E\{"digest"/m.test(body)) failures.push(`action threw ${label}`);
}

for (const role of roles) {
  test(`pages read by ${role ?? "anyone"} survive malformed query parameters`, async ({ browser }) => {
    test.setTimeout(900_000);
    const request = await signedIn(browser, role);
    const failures: Failure[] = [];
    const urls = (await pagesOf(role)).flatMap(([pathname, params]) => [
      pathname,
      ...(params.length ? pageValues.map((v) => withParams(pathname, params, v)) : []),
      ...(params.length ? [withParams(pathname, params, "a", true)] : []),
    ]);
    await inBatches(urls, async (url) => {
      await check(failures, `GET ${url.slice(0, 160)}`, await request.get(url, { maxRedirects: 0, timeout: 120_000 }));
    });
    expect(failures).toEqual([]);
  });
}

type KnownAction = { id: string; file: string; name: string };

function devManifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("server-reference-manifest.json"))
    .map((f) => path.join(dir, f));
}

/** Action ids from Next's manifests: the production build's one, else the development server's per page. */
function actionIds(): Map<string, string> {
  const manifests = [
    path.join(root, ".next/server/server-reference-manifest.json"),
    ...devManifests(path.join(root, ".next/dev/server/app")),
  ];
  const ids = new Map<string, string>();
  for (const file of manifests) {
    let manifest: { node: Record<string, { filename: string; exportedName: string }> };
    try {
      manifest = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

/** Every exported server action in the source, with the role whose pages call it. */
async function knownActions(): Promise<(KnownAction & { role: DemoRole | null })[]> {
  const { sourceFiles, readSource } = await import("../../tests/support/endpoint-scan");
  const ids = actionIds();
  const out: (KnownAction & { role: DemoRole | null })[] = [];
  for (const file of await sourceFiles()) {
    const source = await readSource(file);
    if (!file.startsWith("app/") || !isActionModule(source)) continue;
    const role = file.includes("(admin)")
      ? "ADMIN"
      : file.includes("(doctor)")
        ? "DOCTOR"
        : file.includes("(patient)")
          ? "PATIENT"
          : null;
    for (const [, name] of source.matchAll(/^export const (\w+)/gm)) {
      out.push({ id: ids.get(`${file}#${name}`) ?? "", file, name: name!, role });
    }
  }
  return out;
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

/** The malformed calls made to every action: bad values, repeated fields, wrong argument shapes, 1 MB. */
async function calls(): Promise<[string, FormData | string][]> {
  const idle = { status: "idle" };
  const out: [string, FormData | string][] = [];
  for (const value of fieldValues)
    out.push([
      `fields=${JSON.stringify(value.slice(0, 20))}`,
      await encodeReply([idle, form(fields.map((f) => [f, value]))]),
    ]);
  out.push([
    "repeated fields",
    await encodeReply([
      idle,
      form(
        fields.flatMap(
          (f) =>
            [
              [f, "a"],
              [f, "b"],
            ] as [string, string][],
        ),
      ),
    ]),
  ]);
  out.push(["no fields", await encodeReply([idle, new FormData()])]);
  for (const [label, args] of [
    ["a string for form data", [idle, "x"]],
    ["an object for form data", [idle, { email: "x" }]],
    ["an array for form data", [idle, ["x"]]],
    ["no arguments", []],
    ["form data first", [form([["name", "x"]])]],
  ] as const)
    out.push([label, await encodeReply(args)]);
  out.push(["1 MB body", await encodeReply([idle, form([["name", "x".repeat(1024 * 1024 + 10)]])])]);
  return out;
}

test("every server action answers malformed calls without a 500", async ({ browser }) => {
  test.setTimeout(1_500_000);
  const actions = await knownActions();
  expect(actions.length).toBeGreaterThanOrEqual(30);
  // In development a page's actions appear in the manifest once the page has been compiled: visit them.
  const missing = actions.filter((a) => !a.id).map((a) => `${a.file}#${a.name}`);
  expect(missing, "actions Next has not registered (open their pages once, or build first)").toEqual([]);
  const corpus = await calls();
  const failures: Failure[] = [];
  for (const role of roles) {
    const request = await signedIn(browser, role);
    // Sign-out last, so the session lasts the whole run.
    const own = actions.filter((a) => a.role === role).sort((a) => (/signOut/i.test(a.name) ? 1 : -1));
    for (const action of own) {
      await inBatches(corpus, async ([label, body]) => {
        const text = typeof body === "string";
        const response = await request.post("/", {
          headers: {
            "Next-Action": action.id,
            Accept: "text/x-component",
            ...(text ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
          },
          ...(text ? { data: body } : { multipart: body }),
          maxRedirects: 0,
          timeout: 120_000,
        });
        await check(failures, `${action.name} (${role ?? "anyone"}) with ${label}`, response);
      });
    }
  }
  expect(failures).toEqual([]);
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { resendTransport } from "./resend-transport";

const email = {
  to: "jane@example.test",
  subject: "Booked",
  html: "<p>Hi</p>",
  text: "Hi",
  attachments: [
    {
      filename: "appointment.ics",
      contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      content: "BEGIN:VCALENDAR",
    },
  ],
  idempotencyKey: "appointment.booked:abc:0:patient",
};

afterEach(() => vi.unstubAllGlobals());

/** Resend's API as the SDK sees it: records each request, answers with `reply`. */
function fakeResendApi(reply: () => Response) {
  const requests: Request[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(input, init));
    return reply();
  });
  return requests;
}

describe("Resend transport", () => {
  it("sends the message with the outbox key as Idempotency-Key and the .ics attached", async () => {
    const requests = fakeResendApi(() => Response.json({ id: "email_1" }));
    await resendTransport("re_test_key").send(email);
    expect(requests).toHaveLength(1);
    const request = requests[0]!;
    expect(request.headers.get("Idempotency-Key")).toBe(email.idempotencyKey);
    expect(request.headers.get("Authorization")).toBe("Bearer re_test_key");
    const body = (await request.json()) as {
      to: string;
      subject: string;
      text: string;
      attachments: { filename: string; content: string }[];
    };
    expect(body).toMatchObject({ to: email.to, subject: email.subject, text: email.text });
    expect(body.attachments[0]!.filename).toBe("appointment.ics");
    expect(Buffer.from(body.attachments[0]!.content, "base64").toString()).toBe("BEGIN:VCALENDAR");
  });

  it("turns a refusal into an error the dispatcher records", async () => {
    fakeResendApi(() =>
      Response.json({ name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }, { status: 429 }),
    );
    await expect(resendTransport("re_test_key").send(email)).rejects.toThrow(
      /rate_limit_exceeded, 429\): Too many requests/,
    );
  });
});

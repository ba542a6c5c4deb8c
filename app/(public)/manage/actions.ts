"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { DomainError } from "@/lib/errors/domain-error";
import { cancelAppointment } from "@/lib/appointments/cancel";
import { rescheduleAppointment } from "@/lib/appointments/reschedule";
import { linkProblemMessage, openActionLink } from "@/lib/appointments/email-links";
import { cancelByLinkSchema, rescheduleByLinkSchema } from "@/lib/appointments/schemas";
import { confirmHref } from "./_components/load-link";

/** The link's own patient acts, through the same service and status machine as when signed in. */
async function openFor(token: string, action: "cancel" | "reschedule") {
  const link = await openActionLink(token);
  if (!link.ok) throw new DomainError(linkProblemMessage[link.problem]);
  if (link.claims.action !== action) throw new DomainError(linkProblemMessage.invalid);
  return link;
}

export const cancelByLinkAction = publicAction(cancelByLinkSchema, async (input) => {
  const { actor, claims } = await openFor(input.token, "cancel");
  await cancelAppointment(actor, {
    appointmentId: claims.appointmentId,
    reason: input.reason,
    expectedSequence: claims.sequence,
  });
  redirect("/manage/done?result=cancelled");
});

export const rescheduleByLinkAction = publicAction(rescheduleByLinkSchema, async (input) => {
  const { actor, claims } = await openFor(input.token, "reschedule");
  // Offered times after a refusal stay on the link's own pages: the patient is not signed in.
  await rescheduleAppointment(actor, {
    appointmentId: claims.appointmentId,
    start: input.start,
    expectedSequence: claims.sequence,
    confirmLink: confirmHref(input.token),
  });
  redirect("/manage/done?result=moved");
});

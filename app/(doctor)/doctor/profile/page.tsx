import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getDoctorProfileForEdit } from "@/lib/doctors/profile";
import { ProfileForm } from "@/components/doctor/profile-form";
import { CalendarFeedForm } from "../_components/calendar-feed-form";
import { updateProfileAction } from "../actions";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requireRole("DOCTOR");
  const data = actor.doctorId ? await getDoctorProfileForEdit(actor, actor.doctorId) : null;
  if (!data) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">Professional profile</h1>
        <p className="text-slate-600">What patients see when they choose a doctor.</p>
      </div>
      <ProfileForm profile={data.profile} specialties={data.specialties} action={updateProfileAction} />
      <section aria-labelledby="feed-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="feed-heading" className="text-lg font-semibold">
          Calendar feed
        </h2>
        <p className="text-sm text-slate-700">
          Subscribe to your appointments from your calendar app with a private link. Events show only the patient&apos;s
          initials and the status. Anyone with the link can read it: regenerate it if it was shared by mistake, and the
          old one stops working.
        </p>
        <p className="text-sm text-slate-700" data-testid="feed-state">
          {data.hasCalendarFeed
            ? "A private link is active. For your safety it is shown only when created."
            : "No link yet."}
        </p>
        <CalendarFeedForm doctorId={data.profile.id} hasFeed={data.hasCalendarFeed} />
      </section>
    </div>
  );
}

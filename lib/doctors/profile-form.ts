// The professional profile form, shared by the browser and the server (no server imports).
import { z } from "zod";

const optionalText = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters.`).optional();

/** The professional facts patients see, shared by the profile form and the admin's new-doctor form. */
export const professionalFields = {
  specialtyId: z.uuid("Choose a specialty."),
  licenseNumber: z.string().trim().min(3, "Enter the licence number.").max(40, "Keep it under 40 characters."),
  yearsOfExperience: z.coerce.number({ message: "Enter a number of years." }).int("Enter whole years.").min(0, "Enter 0 or more.").max(70, "Enter at most 70."),
  /** Entered in pounds (60 or 62.50), stored in pence. */
  fee: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter an amount such as 60 or 62.50.")
    .transform((value) => Math.round(Number(value) * 100)),
  location: optionalText(120),
};

export const profileFormSchema = z.object({
  doctorId: z.uuid("That link is not valid."),
  ...professionalFields,
  bio: optionalText(1000),
  // A checkbox: present ("on") when ticked, absent otherwise.
  acceptingPatients: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type ProfileFormInput = z.output<typeof profileFormSchema>;

export const calendarFeedSchema = z.object({ doctorId: z.uuid("That link is not valid.") });

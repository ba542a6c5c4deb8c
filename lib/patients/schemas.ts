// The patient profile form: one schema for the browser (react-hook-form) and the server (action wrapper).
// Messages are catalogue keys (validation.profile.*), shown in the reader's language.
import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";

export const BLOOD_GROUPS = ["A_POS", "A_NEG", "B_POS", "B_NEG", "AB_POS", "AB_NEG", "O_POS", "O_NEG"] as const;
export const REMINDER_CHANNELS = ["EMAIL", "SMS"] as const;

const PHONE = /^\+?[0-9 ()-]{7,20}$/;

/** Free text that may be left empty; empty is stored as null, so "not given" has one spelling. */
const optionalText = (max: number, multiline = false) =>
  text({ multiline })
    .trim()
    .max(max, msg("validation.profile.tooLong", { max }))
    .optional()
    .transform((v) => (v ? v : null));

const today = () => new Date().toISOString().slice(0, 10);

export const patientProfileSchema = z.object({
  patientId: z.uuid(),
  name: z
    .string()
    .trim()
    .min(2, "validation.profile.name")
    .max(120, msg("validation.profile.tooLong", { max: 120 })),
  phone: z.string().trim().min(1, "validation.profile.phoneMissing").regex(PHONE, "validation.profile.phone"),
  dateOfBirth: z.iso
    .date("validation.profile.dateOfBirth")
    .refine((d) => d < today(), "validation.profile.dateOfBirthFuture")
    .refine((d) => Number(d.slice(0, 4)) > new Date().getUTCFullYear() - 130, "validation.profile.dateOfBirthYear"),
  address: optionalText(200),
  city: optionalText(80),
  postalCode: optionalText(20),
  emergencyName: optionalText(120),
  emergencyRelationship: optionalText(60),
  emergencyPhone: text()
    .trim()
    .optional()
    .refine((v) => !v || PHONE.test(v), "validation.profile.phone")
    .transform((v) => (v ? v : null)),
  bloodGroup: z
    .union([z.enum(BLOOD_GROUPS), z.literal("")], { error: "validation.profile.bloodGroup" })
    .optional()
    .transform((v) => (v ? v : null)),
  allergies: optionalText(2000, true),
  medicalHistory: optionalText(4000, true),
  currentMedications: optionalText(2000, true),
  insuranceProvider: optionalText(120),
  insuranceNumber: optionalText(60),
  locale: z
    .string()
    .trim()
    .regex(/^([a-z]{2,3}(-[A-Z]{2})?)?$/, "validation.profile.locale")
    .optional()
    .transform((v) => (v ? v : null)),
  reminderChannel: z.enum(REMINDER_CHANNELS, { error: "validation.profile.reminderChannel" }),
});

export type PatientProfileInput = z.output<typeof patientProfileSchema>;

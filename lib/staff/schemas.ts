import { text, z } from "@/lib/i18n/zod";
import { Role } from "@/lib/generated/prisma/enums";
import { emailSchema } from "@/lib/users/schemas";
import { SLOT_MINUTES } from "@/lib/scheduling/weekly-hours";
import { professionalFields } from "@/lib/doctors/schemas";
import { blankAsMissing, optionalText, pageNumber } from "@/lib/listing/search-params";

export const userListQuerySchema = z.object({
  q: optionalText(80),
  role: z.preprocess(blankAsMissing, z.enum(Role).optional()).catch(undefined),
  status: z.preprocess(blankAsMissing, z.enum(["active", "inactive"]).optional()).catch(undefined),
  page: pageNumber,
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

const name = text().trim().min(2, "Enter the full name").max(120, "Use at most 120 characters");
const email = emailSchema({ missing: "Enter an email address", example: "name@clinic.test" });
const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a number` })
    .int(`Enter ${label} as a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

export const createAdminSchema = z.object({ name, email });
export type CreateAdminInput = z.infer<typeof createAdminSchema>;

export const createDoctorSchema = z.object({
  name,
  email,
  ...professionalFields,
  slotMinutes: wholeNumber("Slot length", SLOT_MINUTES.min, SLOT_MINUTES.max).refine(
    (m) => m % SLOT_MINUTES.step === 0,
    `Use steps of ${SLOT_MINUTES.step} minutes`,
  ),
});
export type CreateDoctorInput = z.infer<typeof createDoctorSchema>;

export const setUserActiveSchema = z.object({
  userId: z.uuid("That account is not valid."),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const resendInvitationSchema = z.object({ userId: z.uuid("That account is not valid.") });
export type ResendInvitationInput = z.infer<typeof resendInvitationSchema>;

export const changeUserRoleSchema = z.object({
  userId: z.uuid("That account is not valid."),
  role: z.enum(["DOCTOR", "ADMIN"], "Choose doctor or administrator"),
});
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

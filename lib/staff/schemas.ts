import { text, z } from "@/lib/i18n/zod";
import { msg } from "@/lib/i18n/message";
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

const name = text()
  .trim()
  .min(2, "validation.staff.name")
  .max(120, msg("validation.staff.tooLong", { max: 120 }));
const email = emailSchema({ missing: "validation.staff.email", example: "name@clinic.test" });
const slotMinutes = z.coerce
  .number({ error: "validation.staff.slotNumber" })
  .int("validation.staff.slotWhole")
  .min(SLOT_MINUTES.min, msg("validation.staff.slotMin", { min: SLOT_MINUTES.min }))
  .max(SLOT_MINUTES.max, msg("validation.staff.slotMax", { max: SLOT_MINUTES.max }));

export const createAdminSchema = z.object({ name, email });
export type CreateAdminInput = z.infer<typeof createAdminSchema>;

export const createDoctorSchema = z.object({
  name,
  email,
  ...professionalFields,
  slotMinutes: slotMinutes.refine(
    (m) => m % SLOT_MINUTES.step === 0,
    msg("validation.staff.slotStep", { step: SLOT_MINUTES.step }),
  ),
});
export type CreateDoctorInput = z.infer<typeof createDoctorSchema>;

export const setUserActiveSchema = z.object({
  userId: z.uuid("validation.staff.badAccount"),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const resendInvitationSchema = z.object({ userId: z.uuid("That account is not valid.") });
export type ResendInvitationInput = z.infer<typeof resendInvitationSchema>;

export const changeUserRoleSchema = z.object({
  userId: z.uuid("validation.staff.badAccount"),
  role: z.enum(["DOCTOR", "ADMIN"], "validation.staff.role"),
});
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

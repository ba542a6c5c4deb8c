"use server";

import { revalidatePath } from "next/cache";
import { policyAction } from "@/lib/actions/action";
import { settingsPolicy } from "@/lib/settings/policy";
import { addHolidaySchema, clinicSettingsSchema, removeHolidaySchema } from "@/lib/settings/schemas";
import { addHoliday, removeHoliday, updateClinicSettings } from "@/lib/settings/service";

export const updateSettingsAction = policyAction(
  settingsPolicy,
  "settings.update",
  clinicSettingsSchema,
  async (input, actor) => {
    const { changed } = await updateClinicSettings(actor, input);
    revalidatePath("/", "layout"); // the clinic's name and zone show on every page
    if (!changed.length) return { status: "success", message: "Nothing changed." };
    const zone = changed.includes("timeZone") ? ` Free times are now computed in ${input.timeZone}.` : "";
    return { status: "success", message: `Settings saved; they apply to bookings at once.${zone}` };
  },
);

export const addHolidayAction = policyAction(
  settingsPolicy,
  "holiday.manage",
  addHolidaySchema,
  async (input, actor) => {
    const { bookedThatDay } = await addHoliday(actor, input);
    revalidatePath("/admin/settings");
    const booked =
      bookedThatDay === 0
        ? ""
        : ` ${bookedThatDay} appointment${bookedThatDay === 1 ? " was" : "s were"} already booked that day and still stand: move or cancel ${bookedThatDay === 1 ? "it" : "them"} from Appointments (filter by that date).`;
    return {
      status: "success",
      message: `${input.name} (${input.date}) added: no free times are offered that day.${booked}`,
    };
  },
);

export const removeHolidayAction = policyAction(
  settingsPolicy,
  "holiday.manage",
  removeHolidaySchema,
  async (input, actor) => {
    await removeHoliday(actor, input);
    revalidatePath("/admin/settings");
    return { status: "success", message: "Holiday removed." };
  },
);

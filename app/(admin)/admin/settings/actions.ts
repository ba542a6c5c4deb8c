"use server";

import { revalidatePath } from "next/cache";
import { policyAction } from "@/lib/actions/action";
import { msg } from "@/lib/i18n/message";
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
    if (!changed.length) return { status: "success", message: "admin.settings.unchanged" };
    const message = changed.includes("timeZone")
      ? msg("admin.settings.savedZone", { zone: input.timeZone })
      : "admin.settings.saved";
    return { status: "success", message };
  },
);

export const addHolidayAction = policyAction(
  settingsPolicy,
  "holiday.manage",
  addHolidaySchema,
  async (input, actor) => {
    const { bookedThatDay } = await addHoliday(actor, input);
    revalidatePath("/admin/settings");
    const key = bookedThatDay === 0 ? "admin.settings.holidayAdded" : "admin.settings.holidayAddedBooked";
    return { status: "success", message: msg(key, { name: input.name, date: input.date, count: bookedThatDay }) };
  },
);

export const removeHolidayAction = policyAction(
  settingsPolicy,
  "holiday.manage",
  removeHolidaySchema,
  async (input, actor) => {
    await removeHoliday(actor, input);
    revalidatePath("/admin/settings");
    return { status: "success", message: "admin.settings.holidayRemoved" };
  },
);

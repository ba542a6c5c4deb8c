"use client";

import { useTranslations } from "next-intl";
import { addHolidayAction, removeHolidayAction } from "./actions";
import { addHolidaySchema } from "@/lib/settings/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { ActionButtonForm } from "@/components/forms/action-button-form";

export function Holidays({ holidays }: { holidays: { id: string; date: string; label: string; name: string }[] }) {
  const t = useTranslations("client.staff.holidays");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    addHolidaySchema,
    addHolidayAction,
  );
  return (
    <div className="space-y-4">
      {holidays.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="holidays">
          {holidays.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
              <span>
                <span className="font-medium">{h.label}</span> · {h.name}
              </span>
              <ActionButtonForm
                action={removeHolidayAction}
                fields={{ holidayId: h.id }}
                label={t("remove")}
                context={t("which", { name: h.name, date: h.label })}
                pendingLabel={t("removing")}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
      <form
        {...formProps}
        className="grid grid-cols-1 items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_2fr_auto]"
        aria-label={t("addLabel")}
      >
        <div className="sm:col-span-3">
          <FormStatus state={state} statusRef={statusRef} />
        </div>
        <TextField
          label={t("date")}
          type="date"
          required
          registration={register("date")}
          error={errorFor("date")}
          defaultValue={valueFor("date")}
        />
        <TextField
          label={t("name")}
          required
          registration={register("name")}
          error={errorFor("name")}
          defaultValue={valueFor("name")}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 disabled:opacity-70"
        >
          {pending ? t("adding") : t("add")}
        </button>
      </form>
    </div>
  );
}

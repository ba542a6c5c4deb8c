"use client";

import { useTranslations } from "next-intl";
import { createSpecialtyAction, deleteSpecialtyAction, renameSpecialtyAction } from "./actions";
import { createSpecialtySchema, renameSpecialtySchema } from "@/lib/specialties/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { ActionButtonForm } from "@/components/forms/action-button-form";

const button =
  "rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800 disabled:opacity-70";

export function CreateSpecialtyForm() {
  const t = useTranslations("client.staff.specialties");
  const { state, pending, register, errorFor, valueFor, statusRef, formProps } = useActionForm(
    createSpecialtySchema,
    createSpecialtyAction,
  );
  return (
    <form
      {...formProps}
      className="grid grid-cols-1 items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto]"
      aria-label={t("addLabel")}
    >
      <div className="sm:col-span-2">
        <FormStatus state={state} statusRef={statusRef} />
      </div>
      <TextField
        label={t("newName")}
        required
        registration={register("name")}
        error={errorFor("name")}
        defaultValue={valueFor("name")}
      />
      <button type="submit" disabled={pending} className={button}>
        {pending ? t("adding") : t("add")}
      </button>
    </form>
  );
}

export function SpecialtyRow({
  id,
  name,
  doctors,
  children,
}: {
  id: string;
  name: string;
  doctors: number;
  /** More forms about this specialty (its search words). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("client.staff.specialties");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    renameSpecialtySchema,
    renameSpecialtyAction,
    { specialtyId: id, name },
  );
  return (
    <li className="space-y-2 px-4 py-3" data-testid="specialty">
      <p className="font-medium">
        {name} <span className="text-sm font-normal text-slate-600">· {t("doctors", { count: doctors })}</span>
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <form
          {...formProps}
          className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-end"
          aria-label={t("renameLabel", { name })}
        >
          <input type="hidden" {...register("specialtyId")} />
          <div className="flex-1">
            <TextField
              label={t("renameField", { name })}
              required
              registration={register("name")}
              error={errorFor("name")}
            />
          </div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100 disabled:opacity-70"
          >
            {pending ? t("renaming") : t("rename")}
          </button>
        </form>
        {doctors === 0 ? (
          <ActionButtonForm
            action={deleteSpecialtyAction}
            fields={{ specialtyId: id }}
            label={t("delete")}
            context={name}
            pendingLabel={t("deleting")}
            variant="danger"
            confirm={{
              title: t("deleteTitle", { name }),
              description: t("deleteDescription"),
              confirmLabel: t("deleteConfirm"),
            }}
          />
        ) : null}
      </div>
      <FormStatus state={state} statusRef={statusRef} />
      {children}
    </li>
  );
}

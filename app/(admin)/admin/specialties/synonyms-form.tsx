"use client";

import { useTranslations } from "next-intl";
import { specialtySynonymsSchema } from "@/lib/specialties/schemas";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/forms/text-field";
import { FormStatus } from "@/components/forms/form-status";
import { setSpecialtySynonymsAction } from "./synonyms-actions";

/** The words patients may type for this specialty in the doctor search ("GP", "skin"…). */
export function SynonymsForm({ id, name, synonyms }: { id: string; name: string; synonyms: string[] }) {
  const t = useTranslations("admin.synonyms");
  const { state, pending, register, errorFor, statusRef, formProps } = useActionForm(
    specialtySynonymsSchema,
    setSpecialtySynonymsAction,
    { specialtyId: id, synonyms: synonyms.join(", ") },
  );
  return (
    <form {...formProps} className="space-y-2" aria-label={t("formLabel", { name })}>
      <input type="hidden" {...register("specialtyId")} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <TextField
            label={t("label", { name })}
            hint={t("hint")}
            registration={register("synonyms")}
            error={errorFor("synonyms")}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100 disabled:opacity-70"
        >
          {pending ? t("saving") : t("save")}
        </button>
      </div>
      <FormStatus state={state} statusRef={statusRef} />
    </form>
  );
}

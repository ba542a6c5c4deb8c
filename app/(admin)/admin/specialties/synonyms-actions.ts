"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { policyAction } from "@/lib/actions/action";
import { specialtyPolicy } from "@/lib/specialties/policy";
import { specialtySynonymsSchema } from "@/lib/specialties/schemas";
import { setSpecialtySynonyms } from "@/lib/specialties/service";

export const setSpecialtySynonymsAction = policyAction(
  specialtyPolicy,
  "specialty.manage",
  specialtySynonymsSchema,
  async (input, actor) => {
    await setSpecialtySynonyms(actor, input);
    revalidatePath("/admin/specialties");
    const t = await getTranslations("admin.synonyms");
    return { status: "success", message: t("saved") };
  },
);

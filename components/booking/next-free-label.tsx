import { getTranslations } from "next-intl/server";
import { getFormat } from "@/lib/language/server";

export async function NextFreeLabel({ start, timeZone }: { start: Date | null; timeZone: string }) {
  const [t, format] = await Promise.all([getTranslations("booking"), getFormat(timeZone)]);
  return start ? (
    <span className="text-emerald-800">{t("nextFree", { when: format.dateTime(start) })}</span>
  ) : (
    <span className="text-slate-600">{t("noFree")}</span>
  );
}

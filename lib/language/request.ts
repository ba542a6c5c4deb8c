// next-intl's request configuration: which language this request is rendered in, and its catalogue.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { getClinicSettings } from "@/lib/settings/queries";
import { availableLocales, loadMessages } from "@/lib/i18n/catalogues";
import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export default getRequestConfig(async () => {
  const [cookieStore, headerList, actor, clinic] = await Promise.all([
    cookies(),
    headers(),
    getActor(),
    getClinicSettings(),
  ]);
  const locale = chooseLocale(availableLocales(), {
    user: actor?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    clinicDefault: clinic.defaultLocale,
  });
  return { locale, messages: await loadMessages(locale), timeZone: clinic.timeZone };
});

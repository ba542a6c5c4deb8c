// The English catalogue as a translator that needs no request: for error messages as services
// throw them (logs and tests read English) and for code that runs outside a request. Pure.
import { createTranslator } from "next-intl";
import english from "@/messages/en.json";
import { translateMessage } from "./message";

const t = createTranslator({ locale: "en", messages: english as Record<string, unknown> });

/** An encoded message ("key" or "key|{values}") in English; plain text is returned as it is. */
export function inEnglish(message: string): string {
  return translateMessage(t, message);
}

import "server-only";
import { getTranslations } from "next-intl/server";
import { inEnglish } from "./english";
import { translateMessage } from "./message";

/** Shows an encoded message (or plain text) in a reader's language. */
export type ShowMessage = (message: string) => string;

/**
 * Messages in the language of the request being served. Outside a request (tests and scripts call
 * actions and routes directly) there is no visitor to ask, and messages are English.
 */
export async function messagesForRequest(): Promise<ShowMessage> {
  let t: Awaited<ReturnType<typeof getTranslations>>;
  try {
    t = await getTranslations();
  } catch {
    return inEnglish;
  }
  return (message) => translateMessage(t, message);
}

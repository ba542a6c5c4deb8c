import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components inside it these catalogue namespaces as well (e.g. a form's labels),
 * so each page ships only the words its browser code reads.
 */
export async function WithMessages({ namespaces, children }: { namespaces: string[]; children: React.ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked = clientMessages(messages, [...CLIENT_NAMESPACES, ...namespaces]);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

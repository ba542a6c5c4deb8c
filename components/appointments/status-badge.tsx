import { useTranslations } from "next-intl";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS } from "./status";

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  // The "status" namespace is in every page's client messages, so the badge reads in the page's language anywhere.
  const t = useTranslations("status");
  return (
    <span
      className={`inline-block w-fit self-start rounded-full px-2.5 py-0.5 text-xs font-semibold sm:self-center ${STATUS[status].badge}`}
    >
      {t(status)}
    </span>
  );
}

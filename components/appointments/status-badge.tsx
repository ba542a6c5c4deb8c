import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS } from "./status";

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  const look = STATUS[status];
  return (
    <span
      className={`inline-block w-fit self-start rounded-full px-2.5 py-0.5 text-xs font-semibold sm:self-center ${look.badge}`}
    >
      {look.label}
    </span>
  );
}

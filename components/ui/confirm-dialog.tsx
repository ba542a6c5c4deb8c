"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { Button, type ButtonVariant } from "./button";

/** What to ask before an irreversible action, and how the "yes" button reads. */
export type Confirmation = { title: string; description: string; confirmLabel: string; tone?: ButtonVariant };

/**
 * The question before an irreversible action. Radix's alert dialog traps focus, closes on Escape
 * (focus then returns to the control that opened it) and is announced as an alert dialog.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  onConfirm,
  confirmation,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
  confirmation: Confirmation;
}) {
  const t = useTranslations("client");
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <AlertDialog.Content
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-5 shadow-xl"
          data-testid="confirm-dialog"
        >
          <AlertDialog.Title className="text-lg font-semibold">{confirmation.title}</AlertDialog.Title>
          <AlertDialog.Description className="text-slate-700">{confirmation.description}</AlertDialog.Description>
          <div className="flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t("goBack")}</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant={confirmation.tone ?? "danger"} onClick={onConfirm}>
                {confirmation.confirmLabel}
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

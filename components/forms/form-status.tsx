import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { RecoveryCodeList } from "./recovery-code-list";

/** The form-level outcome, in a live region so screen readers hear it; focused after an error. */
export function FormStatus({ state, statusRef }: { state: FormState; statusRef?: RefObject<HTMLDivElement | null> }) {
  const t = useTranslations("client");
  return (
    <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none" data-testid="form-status">
      {state.status === "error" ? (
        <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.message}</p>
          {state.links?.length ? (
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("suggestions")}>
              {state.links.map((link) => (
                <li key={link.href}>
                  <a
                    href={link.href}
                    className="inline-block rounded-md border border-red-300 bg-white px-2.5 py-1 font-medium text-red-900 underline-offset-2 hover:underline"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : state.status === "success" ? (
        <>
          <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {state.message}
          </p>
          {state.recoveryCodes ? <RecoveryCodeList codes={state.recoveryCodes} /> : null}
        </>
      ) : null}
    </div>
  );
}

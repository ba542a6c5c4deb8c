import type { FormState } from "@/lib/actions/form-state";
import { inEnglish } from "@/lib/i18n/english";

/** A form result as an English reader sees it: its message keys translated as the action wrapper does. */
export function inEnglishState(state: FormState): FormState {
  if (state.status === "success") return { ...state, message: inEnglish(state.message) };
  if (state.status !== "error") return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([field, messages]) => [field, messages?.map(inEnglish)]),
  );
  return { ...state, message: inEnglish(state.message), fieldErrors };
}

import type { ShellActions } from "@/components/shell/site-header";
import { setLanguageAction, signOutEverywhere, signOutOfClinic } from "./(auth)/actions";

/** The header's actions, the same on every page. */
export const shellActions: ShellActions = {
  signOut: signOutOfClinic,
  signOutEverywhere,
  setLanguage: setLanguageAction,
};

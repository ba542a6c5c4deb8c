// The closed result type every form action returns. Shared with client components, so no server imports.
export type FieldErrors = Record<string, string[] | undefined>;

/** An appointment a change would affect, as the form lists it for a decision. */
export type AffectedItem = { id: string; label: string };

export type FormState =
  | { status: "idle" }
  | {
      status: "success";
      message: string;
      /** Single-use sign-in codes, shown this once and never stored in the clear. */
      recoveryCodes?: string[];
    }
  | {
      status: "error";
      message: string;
      fieldErrors: FieldErrors;
      values?: Record<string, string>;
      links?: { href: string; label: string }[];
      /** Appointments to keep or cancel before the change can be saved (hours, leave). */
      affected?: AffectedItem[];
    };

export const idleState: FormState = { status: "idle" };

/** A server action a form posts to (useActionState's shape). */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

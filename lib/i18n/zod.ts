// zod with its default messages as catalogue keys, so a field without a message of its own is still
// explained in the reader's language. Schemas import z from here; their own messages take precedence.
import { z } from "zod";
import { msg } from "./message";

z.config({
  // zod compiles object parsers with new Function() when it can, and its probe for that trips the
  // Content-Security-Policy (no 'unsafe-eval' in production) on every page with a form.
  jitless: true,
  customError: (issue) => {
    if (issue.code === "too_small" || issue.code === "too_big") {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      return msg(`validation.${issue.code}`, { limit: Number(limit) });
    }
    return msg(`validation.${issue.code}`);
  },
});

export { z };

// C0 controls, DEL and C1. PostgreSQL refuses NUL in text outright (a 500 before this check), and the
// others have no business in names, reasons or searches: they break CSV, calendars and logs.

const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** True when a one-line value (a name, a search) holds no control character or line break. */
const isPlainLine = (value: string) => !CONTROL_OR_LINE_BREAK.test(value);

/**
 * The string every stored or searched text field starts from: control characters are refused with
 * a field message. `multiline` allows line breaks and tabs (reasons, notes, a biography).
 */
export const text = (options: { multiline?: boolean } = {}) =>
  z
    .string()
    .refine(
      options.multiline ? (value) => !CONTROL_EXCEPT_LINE_BREAKS.test(value) : isPlainLine,
      msg("validation.controlCharacters"),
    );

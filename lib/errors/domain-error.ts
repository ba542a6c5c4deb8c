// Expected failures a person can understand, thrown by services and turned into a message by the
// action and route wrappers. A message is a catalogue key (lib/i18n/message.ts) or plain text: the
// wrappers show it in the reader's language, and `message` itself is English, for logs and tests. Pure.
import { inEnglish } from "@/lib/i18n/english";

export type SuggestedLink = { href: string; label: string };

/** An expected failure a person can fix: shown next to `field`, or above the form without one. */
export class DomainError extends Error {
  /** The message as thrown (a key with its values, or text), to translate for the reader. */
  readonly key: string;

  constructor(
    message: string,
    readonly field?: string,
    /** Ways forward shown with the message, e.g. the nearest free times after a conflict. */
    readonly links?: SuggestedLink[],
  ) {
    super(inEnglish(message));
    this.key = message;
    this.name = "DomainError";
  }
}

/** Several fields are wrong at once (e.g. the rows of the weekly-hours editor). */
export class FieldErrorsError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
    this.name = "FieldErrorsError";
  }
}

/** The policy refused the caller: a 403 from a route, the refusal's message from an action. */
export class Forbidden extends DomainError {
  constructor(message = "errors.notAllowed") {
    super(message);
    this.name = "Forbidden";
  }
}

/** The record asked for does not exist for this caller: a 404 from a route. */
export class NotFound extends DomainError {
  constructor(message = "errors.notFound") {
    super(message);
    this.name = "NotFound";
  }
}

// What a new password must be (OWASP ASVS 5.0 V6): long enough, not absurdly long, and not one that
// attackers try first. There is deliberately no composition rule (digits, cases, symbols): a phrase in
// any script passes on length and guessability alone. Pure and shared by the browser (the live hint)
// and the server (the same schema refuses it again), so both judge with the same dictionary.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/** zxcvbn's 0–4 scale; below this a password is refused (score 3 ≈ 10^8 guesses and more). */
const ACCEPTABLE_SCORE = 3;

type PasswordScore = 0 | 1 | 2 | 3 | 4;

type PasswordVerdict = {
  score: PasswordScore;
  /** On the list of common and breached passwords itself (about 49,000 of them), ignoring case. */
  listed: boolean;
  acceptable: boolean;
};

// Building the ranked dictionaries takes a moment: once per process or page, on first use.
let estimator: ZxcvbnFactory | undefined;
let listedPasswords: Set<string> | undefined;

function load() {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  listedPasswords ??= new Set(dictionary["passwords-common"].map((p) => String(p).toLowerCase()));
  return { estimator, listedPasswords };
}

/**
 * How guessable a password is. Lengths are the schema's job; only the first PASSWORD_LENGTH.max
 * characters are judged, which keeps the estimate fast on hostile input.
 */
export function judgePassword(password: string): PasswordVerdict {
  const { estimator, listedPasswords } = load();
  const judged = password.slice(0, PASSWORD_LENGTH.max);
  const listed = listedPasswords.has(judged.toLowerCase());
  const score = estimator.check(judged).score as PasswordScore;
  return { score, listed, acceptable: !listed && score >= ACCEPTABLE_SCORE };
}

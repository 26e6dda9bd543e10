import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password rules, as OWASP ASVS (V2.1) and NIST SP 800-63B (5.1.1.2) advise: long enough,
 * any characters allowed (no composition rules), checked against passwords known from breaches,
 * and nothing built from the account's own email. The list of common passwords is zxcvbn-ts's
 * (`@zxcvbn-ts/language-common`, about 49,000 passwords from breach corpora), a maintained package.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'passwordTooShort' | 'passwordBlank' | 'passwordCommon' | 'tooLong';

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Length in characters as a person counts them (code points), not UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}

/** A short unit repeated: 'aaaaaaaaaaaa', 'abcabcabcabc', '121212121212'. */
function isRepetition(text: string): boolean {
  for (let unit = 1; unit <= 4; unit += 1) {
    if (text.length % unit !== 0 || text.length < unit * 3) continue;
    if (text === text.slice(0, unit).repeat(text.length / unit)) return true;
  }
  return false;
}

/** Digits or letters in a run: '123456789012', 'abcdefghijkl', '987654321098'. */
function isSequence(text: string): boolean {
  if (text.length < 6) return false;
  const steps = new Set<number>();
  for (let i = 1; i < text.length; i += 1) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    steps.add(step === -9 || step === 9 ? Math.sign(-step) : step);
  }
  return steps.size === 1 && [...steps].every((s) => Math.abs(s) === 1);
}

/**
 * What is wrong with a password, or undefined when it will do. `context`: words the password
 * must not be built from (the account's email and name).
 */
export function passwordProblem(password: string, context: readonly string[] = []): PasswordProblem | undefined {
  if (password.trim().length === 0) return 'passwordBlank';
  if (length(password) < MIN_PASSWORD_LENGTH) return 'passwordTooShort';
  if (length(password) > MAX_PASSWORD_LENGTH) return 'tooLong';
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower) || isRepetition(lower) || isSequence(lower)) return 'passwordCommon';
  // A common password with digits or symbols around it ('password1234', '!!qwerty2024').
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (core.length >= 4 && (list.has(core) || isRepetition(core))) return 'passwordCommon';
  // The email or name, whole or with something around it.
  for (const word of context.flatMap((c) => [c, c.split('@')[0] ?? '']).map((c) => c.toLowerCase().trim())) {
    if (word.length >= 4 && (lower === word || core === word || (lower.includes(word) && lower.length - word.length < 6))) {
      return 'passwordCommon';
    }
  }
  return undefined;
}

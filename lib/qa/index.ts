import { checkBrackets } from './brackets';
import { checkEndPunctuation } from './endPunctuation';
import { checkCrossGlossary, checkForbidden, checkGlossary } from './glossaryTerms';
import { checkCrossLatin, checkLatinNames } from './latinNames';
import { checkLength } from './length';
import { checkCrossNumbers, checkNumbers } from './numbers';
import { checkRuDashes } from './ruDashes';
import { checkRuNbsp } from './ruNbsp';
import { checkRuQuotes } from './ruQuotes';
import { checkSpaces } from './spaces';
import type { Finding, QaInput } from './types';
import { checkUntranslated } from './untranslated';
import { checkZhPunctuation } from './zhPunctuation';
import { checkZhSpacing } from './zhSpacing';

export * from './types';
export { lengthRange, lengthRatio } from './length';

const CHECKS: ((input: QaInput) => Finding[])[] = [
  checkNumbers,
  checkLatinNames,
  checkGlossary,
  checkForbidden,
  checkUntranslated,
  checkBrackets,
  checkEndPunctuation,
  checkZhPunctuation,
  checkZhSpacing,
  checkRuQuotes,
  checkRuDashes,
  checkRuNbsp,
  checkSpaces,
  checkLength,
  checkCrossNumbers,
  checkCrossLatin,
  checkCrossGlossary,
];

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Every check on one translation, most severe first. An empty translation has nothing to
 * check; the other targets are compared only where they have text.
 */
export function runChecks(input: QaInput): Finding[] {
  if (input.text.trim() === '' || input.lang === input.sourceLang) return [];
  const clean = { ...input, others: input.others.filter((o) => o.text.trim() !== '' && o.lang !== input.lang) };
  return CHECKS.flatMap((check) => check(clean)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

import { finding, type Finding, type QaInput } from './types';

/** Double spaces inside, and spaces or line breaks at either end of, a translation. */
export function checkSpaces(input: QaInput): Finding[] {
  const findings: Finding[] = [];
  const doubles = input.text.match(/[ \u00a0\u3000]{2,}/g)?.length ?? 0;
  if (doubles) findings.push(finding('spaces', 'info', 'spaces-double', { count: String(doubles) }));
  if (input.text !== input.text.trim()) findings.push(finding('spaces', 'warning', 'spaces-edge'));
  return findings;
}

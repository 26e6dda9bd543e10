import { firstTermIn } from '../glossary/match';
import { finding, type Finding, listItems, type QaInput } from './types';

/** A glossary term of the source is rendered as the glossary says (the preferred term or an allowed variant). */
export function checkGlossary(input: QaInput): Finding[] {
  const unmet: string[] = [];
  for (const entry of input.glossary) {
    const renderings = entry.terms[input.lang];
    if (!renderings?.length) continue;
    const found = firstTermIn(input.source, entry.terms[input.sourceLang], input.sourceLang);
    if (found && !firstTermIn(input.text, renderings, input.lang)) unmet.push(`${found} → ${renderings[0]}`);
  }
  return unmet.length ? [finding('glossary', 'warning', 'glossary', { items: listItems(unmet, 3) })] : [];
}

/** No variant the glossary forbids in this language. */
export function checkForbidden(input: QaInput): Finding[] {
  const used: string[] = [];
  for (const entry of input.glossary) {
    const bad = firstTermIn(input.text, entry.forbidden[input.lang], input.lang);
    if (bad) used.push(`${bad} → ${entry.terms[input.lang]?.[0] ?? '—'}`);
  }
  return used.length ? [finding('forbidden', 'error', 'forbidden', { items: listItems(used, 3) })] : [];
}

/**
 * Across targets: the other target uses a glossary term this one does not render, where the
 * source does not name the term (when it does, the glossary check of each target decides).
 */
export function checkCrossGlossary(input: QaInput): Finding[] {
  const findings: Finding[] = [];
  for (const other of input.others) {
    const lacking: string[] = [];
    for (const entry of input.glossary) {
      const mine = entry.terms[input.lang];
      if (!mine?.length || firstTermIn(input.source, entry.terms[input.sourceLang], input.sourceLang)) continue;
      const theirs = firstTermIn(other.text, entry.terms[other.lang], other.lang);
      if (theirs && !firstTermIn(input.text, mine, input.lang)) lacking.push(`${theirs} → ${mine[0]}`);
    }
    if (lacking.length) {
      findings.push(finding('cross-glossary', 'warning', 'cross-glossary', { items: listItems(lacking, 3), lang: other.lang }));
    }
  }
  return findings;
}

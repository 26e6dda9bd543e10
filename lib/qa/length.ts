import { finding, type Finding, type QaInput } from './types';

/** Source texts shorter than this vary too much in length to judge (titles, headings, names). */
export const MIN_SOURCE_LENGTH = 40;
/** Fewer translated segments than this and a document has no range of its own yet. */
export const MIN_SAMPLES = 5;

/** Length as it is compared: characters without spaces. */
export function visibleLength(text: string): number {
  return text.replace(/[\s\u00a0\u3000]/gu, '').length;
}

/** A translation's length ratio to its source, or null when the source is too short to judge. */
export function lengthRatio(source: string, text: string): number | null {
  const s = visibleLength(source);
  return s < MIN_SOURCE_LENGTH ? null : visibleLength(text) / s;
}

function median(sorted: number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * A document's usual length ratio for one language, from its own translated segments: the
 * median ratio, widened by three robust deviations (MAD, in log space) and never narrower
 * than ×/÷ 1.5, so a language pair needs no configured ratio and a few odd segments cannot
 * move it. Null with fewer than MIN_SAMPLES ratios.
 */
export function lengthRange(ratios: readonly number[]): { min: number; max: number } | null {
  const logs = ratios
    .filter((r) => r > 0)
    .map(Math.log)
    .sort((a, b) => a - b);
  if (logs.length < MIN_SAMPLES) return null;
  const mid = median(logs);
  const mad = median(logs.map((l) => Math.abs(l - mid)).sort((a, b) => a - b));
  const spread = Math.max(3 * 1.4826 * mad, Math.log(1.5));
  const round = (v: number) => Math.round(v * 100) / 100;
  return { min: round(Math.exp(mid - spread)), max: round(Math.exp(mid + spread)) };
}

/** The translation is far shorter or longer than this document's translations usually are. */
export function checkLength(input: QaInput): Finding[] {
  const ratio = lengthRatio(input.source, input.text);
  const range = input.lengthRange;
  if (ratio === null || !range || (ratio >= range.min && ratio <= range.max)) return [];
  return [
    finding('length', 'warning', 'length', {
      ratio: ratio.toFixed(2),
      min: range.min.toFixed(2),
      max: range.max.toFixed(2),
    }),
  ];
}
